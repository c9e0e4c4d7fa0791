using Attest.Text;

namespace Attest.Mentions;

/// <summary>Reads the short lines of a document that carry a date: publication headers at the top, a
/// statement's date line under its title or at its end, a dateline ("LIRENSK, March 8 (Agency) —"). Shared by
/// <see cref="DocumentDateFinder"/> and <see cref="TimeStage"/>, so the line that dates the publication and the
/// line that is a time of the text are told apart by one rule.</summary>
/// <remarks>The rule: a date line that carries publication machinery — a label ("Published:", "date",
/// "Updated"), a clock time, a byline ("By …") or separators (<c>|</c>, <c>›</c>) — is a header and its date
/// is metadata. A line with nothing but a date and a place ("September 20, 2022, Baku") is the dating of a
/// statement by its authors and belongs to the text, like any sentence of it.</remarks>
internal static class DocumentDateLines
{
    /// <summary>Longest line, in tokens, that is read as a date line rather than running text.</summary>
    public const int MaxLineTokens = 24;

    /// <summary>How many paragraphs from the top may hold a header.</summary>
    public const int TopParagraphs = 8;

    /// <summary>The tokens <c>[First, End)</c> of a paragraph.</summary>
    public static (int First, int End) TokensOf(TextLayer layer, Span paragraph)
    {
        var tokens = layer.Tokens.AsSpan();
        var first = TokenSearch.FirstStartingAtOrAfter(tokens, paragraph.Start);
        var end = TokenSearch.FirstStartingAtOrAfter(tokens, paragraph.End);
        return (first, end);
    }

    /// <summary>The sentences <c>[First, End)</c> of a paragraph.</summary>
    public static (int First, int End) SentencesOf(TextLayer layer, Span paragraph)
    {
        var sentences = layer.Sentences.AsSpan();
        int lo = 0, hi = sentences.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Span.Start < paragraph.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < sentences.Length && sentences[end].Span.Start < paragraph.End)
        {
            end++;
        }

        return (lo, end);
    }

    /// <summary>Classifies the line of tokens <c>[first, end)</c> that holds a date at
    /// <c>[dateFirst, dateEnd)</c>.</summary>
    public static DocumentDateLineKind Classify(TextLayer layer, TimeLexicon lexicon, int first, int end, int dateFirst, int dateEnd)
    {
        if (end - first > MaxLineTokens)
        {
            return DocumentDateLineKind.Body;
        }

        var header = false;
        var words = 0;
        var capitals = 0;
        for (var i = first; i < end; i++)
        {
            if (i >= dateFirst && i < dateEnd)
            {
                continue;
            }

            var token = layer.Tokens[i];
            var lower = layer.TokenLower(i);
            var word = lexicon.Word(lower);
            // A label heads the line or a field of it ("Published: …", " date 2022-09-19"); "the date is …"
            // is a sentence.
            var label = word.Is(TimeRoles.HeaderLabel) &&
                (i == first || IsSeparator(layer.TokenLower(i - 1)) || (i + 1 < end && layer.TokenLower(i + 1) is ":"));
            if (label || IsClock(layer, i) || IsSeparator(lower))
            {
                header = true;
                continue;
            }

            if (lower.SequenceEqual("by") && i + 1 < end && layer.Tokens[i + 1].Shape is TokenShape.Capitalized or TokenShape.AllCaps)
            {
                header = true;
                continue;
            }

            if (word.Is(TimeRoles.Weekday))
            {
                continue;
            }

            switch (token.Shape)
            {
                case TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed:
                    capitals++;
                    break;
                case TokenShape.Lower or TokenShape.Alphanumeric or TokenShape.Number or TokenShape.Uncased:
                    words++;
                    break;
            }
        }

        if (header)
        {
            return DocumentDateLineKind.Header;
        }

        return words == 0 && capitals <= 4 ? DocumentDateLineKind.Standalone : DocumentDateLineKind.Body;
    }

    /// <summary>The capitalised words of a line outside its date, as a place name ("Baku", "New York"); null
    /// when there are none. Words written in capitals are given in title case ("LIRENSK" → "Lirensk").</summary>
    public static string? Place(TextLayer layer, int first, int end, int dateFirst, int dateEnd)
    {
        int start = -1, stop = -1;
        for (var i = first; i < end; i++)
        {
            if (i >= dateFirst && i < dateEnd)
            {
                if (start >= 0)
                {
                    break;
                }

                continue;
            }

            if (layer.Tokens[i].Shape is TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed)
            {
                start = start < 0 ? i : start;
                stop = i;
            }
            else if (start >= 0 && !(layer.TokenLower(i) is "," || layer.Tokens[i].Shape == TokenShape.Lower))
            {
                break;
            }
        }

        if (start < 0)
        {
            return null;
        }

        var span = Span.FromBounds(layer.Tokens[start].Span.Start, layer.Tokens[stop].Span.End);
        var name = span.In(layer.Text);
        return name.ContainsAnyInRange('a', 'z') ? name.ToString() : TitleCase(name);
    }

    private static bool IsSeparator(ReadOnlySpan<char> lower) => lower is "|" or "›" or "»" or "•" or "·";

    /// <summary>True when token <paramref name="i"/> is a clock time: "11:05", "8:15".</summary>
    public static bool IsClock(TextLayer layer, int i)
    {
        var token = layer.Tokens[i];
        if (token.Shape != TokenShape.Number)
        {
            return false;
        }

        var lower = layer.TokenLower(i);
        var colon = lower.IndexOf(':');
        return colon > 0 && colon < lower.Length - 1;
    }

    private static string TitleCase(ReadOnlySpan<char> name)
    {
        var chars = name.ToArray();
        var start = true;
        for (var k = 0; k < chars.Length; k++)
        {
            var c = chars[k];
            chars[k] = start ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            start = !char.IsLetter(c);
        }

        return new string(chars);
    }
}
