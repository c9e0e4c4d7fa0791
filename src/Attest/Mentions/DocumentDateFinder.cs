using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Finds the date a document gives itself: a publication header at the top ("Published: 10 March
/// 2024", " date 2022-09-19 By Outlet", "Outlet | March 8, 2024 | 11:20 AM"), a statement's date line under
/// its title or closing it ("September 20, 2022, Baku"), or else an agency dateline ("CITY, Sept. 19 (Agency)
/// —"). Built once from the lexicons; immutable and thread-safe.</summary>
/// <remarks>Lines are tried in that order: the first of the top <see cref="DocumentDateLines.TopParagraphs"/>
/// short lines that holds a full date and is a header or a bare date line; then the last such line at the
/// bottom (read upwards past signatures and footnotes, up to the first long paragraph); then a dateline, whose
/// year may be unknown. Running text never dates the document: a date inside a sentence is what the text is
/// about, not when it was written.</remarks>
public sealed class DocumentDateFinder
{
    /// <summary>How many paragraphs are read upwards from the end for a closing date line.</summary>
    private const int BottomParagraphs = 40;

    /// <summary>A paragraph longer than this (in tokens) is running text; the upward search stops there.</summary>
    private const int LongParagraph = 30;

    /// <summary>The expression list of the last call on this thread; taken while in use.</summary>
    [ThreadStatic]
    private static List<TimeExpression>? spareFound;

    private readonly TimeLexicon lexicon;

    public DocumentDateFinder(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        lexicon = new TimeLexicon(lexicons);
    }

    internal DocumentDateFinder(TimeLexicon lexicon) => this.lexicon = lexicon;

    /// <summary>The document's own date and where it is written, or null when no date line gives one.</summary>
    public DocumentDate? Find(TextLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var paragraphs = layer.Paragraphs;
        if (paragraphs.Length < 2)
        {
            return null;
        }

        // The list of the last call on this thread, reused: most documents are read in a handful of lines.
        var found = spareFound ?? new List<TimeExpression>(16);
        spareFound = null;
        try
        {
            using var grammar = new TimeGrammar(lexicon, layer);
            var top = Math.Min(DocumentDateLines.TopParagraphs, paragraphs.Length);
            for (var p = 0; p < top; p++)
            {
                if (DateLine(layer, grammar, found, paragraphs[p]) is { } date)
                {
                    return date;
                }
            }

            for (var p = paragraphs.Length - 1; p >= top && p >= paragraphs.Length - BottomParagraphs; p--)
            {
                var (first, end) = DocumentDateLines.TokensOf(layer, paragraphs[p]);
                if (end - first > LongParagraph)
                {
                    break;
                }

                if (DateLine(layer, grammar, found, paragraphs[p]) is { } date)
                {
                    return date;
                }
            }

            for (var p = 0; p < top; p++)
            {
                if (Dateline(layer, grammar, found, paragraphs[p]) is { } date)
                {
                    return date;
                }
            }

            return null;
        }
        finally
        {
            found.Clear();
            spareFound = found;
        }
    }

    /// <summary>A short line whose date has a written year and which is a header or a bare date line.</summary>
    private DocumentDate? DateLine(TextLayer layer, TimeGrammar grammar, List<TimeExpression> found, Span paragraph)
    {
        var (first, end) = DocumentDateLines.TokensOf(layer, paragraph);
        if (end - first > DocumentDateLines.MaxLineTokens || !HasDigits(layer, first, end))
        {
            return null;
        }

        Scan(layer, grammar, found, paragraph);
        foreach (var x in found)
        {
            if (x.Kind != TimeExpressionKind.Calendar || x.IsSpan || x.From.Precision != TimePrecision.Day || !x.From.HasYear || !x.From.IsValid)
            {
                continue;
            }

            var kind = DocumentDateLines.Classify(layer, lexicon, first, end, x.First, x.End);
            if (kind == DocumentDateLineKind.Body)
            {
                continue;
            }

            var place = kind == DocumentDateLineKind.Standalone ? DocumentDateLines.Place(layer, first, end, x.First, x.End) : null;
            return new DocumentDate(TimeResolver.Format(x.From), SpanOf(layer, x), place, kind == DocumentDateLineKind.Header);
        }

        return null;
    }

    /// <summary>"LIRENSK, March 8 (Agency) —": a place in capitals or title case, a comma, a day and month (with
    /// or without a year), then an agency in brackets or a dash, at the start of a paragraph.</summary>
    private DocumentDate? Dateline(TextLayer layer, TimeGrammar grammar, List<TimeExpression> found, Span paragraph)
    {
        var (first, end) = DocumentDateLines.TokensOf(layer, paragraph);
        var comma = first;
        while (comma < end && comma - first < 4 && layer.Tokens[comma].Shape is TokenShape.Capitalized or TokenShape.AllCaps)
        {
            comma++;
        }

        if (comma == first || comma >= end || !layer.TokenLower(comma).SequenceEqual(","))
        {
            return null;
        }

        Scan(layer, grammar, found, paragraph);
        foreach (var x in found)
        {
            if (x.First != comma + 1 || x.Kind != TimeExpressionKind.Calendar || x.From.Precision != TimePrecision.Day || x.IsSpan || x.End >= end)
            {
                continue;
            }

            var next = x.End;
            if (layer.TokenLower(next).SequenceEqual(",") && next + 1 < end)
            {
                next++;
            }

            if (!(layer.TokenLower(next).SequenceEqual("(") || layer.Tokens[next].Has(TokenFlags.Dash)))
            {
                return null;
            }

            var place = DocumentDateLines.Place(layer, first, comma, comma, comma);
            return new DocumentDate(TimeResolver.Format(x.From), SpanOf(layer, x), place, IsMetadata: false);
        }

        return null;
    }

    /// <summary>Every date line has a number; most lines can be passed over without parsing them.</summary>
    private static bool HasDigits(TextLayer layer, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (layer.Tokens[i].Shape is TokenShape.Number or TokenShape.Alphanumeric)
            {
                return true;
            }
        }

        return false;
    }

    private static void Scan(TextLayer layer, TimeGrammar grammar, List<TimeExpression> found, Span paragraph)
    {
        found.Clear();
        var (firstSentence, endSentence) = DocumentDateLines.SentencesOf(layer, paragraph);
        for (var s = firstSentence; s < endSentence; s++)
        {
            grammar.Scan(layer.Sentences[s], found);
        }
    }

    private static Span SpanOf(TextLayer layer, in TimeExpression x) =>
        Span.FromBounds(layer.Tokens[x.First].Span.Start, layer.Tokens[x.End - 1].Span.End);
}
