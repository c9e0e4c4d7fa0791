using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Finds the times of a document and normalises them to the TIMEX subset of the gold format: dates,
/// months, years, decades, spans, and the relative forms resolved against the document date. Built once
/// from the lexicons (<c>lexicons/time.tsv</c>); immutable and thread-safe.</summary>
/// <remarks>
/// <para>What is left out: vague stretches ("a few days since", "for months", "in recent days"); numbers that
/// are amounts, codes, parts of names or addresses ("2012 people", "No. 3/2024", "Vision 2030"); years of
/// legal citations, both the spans the caller excludes and, by rule, a year before a capitalised instrument
/// name or after one ("the 1961 Vienna Convention", "… Diplomatic Relations of 1961"); all-digit dates whose
/// day and month the document does not settle; and dates on a publication header line, which are metadata
/// (<see cref="DocumentDate.IsMetadata"/>).</para>
/// <para>Without a document date, year-less dates keep an unknown year (<c>XXXX-10-14</c>) unless the same day
/// and month appear with a year elsewhere in the document; forms that only the document date can place
/// (yesterday, last week) are left out.</para>
/// </remarks>
public sealed class TimeStage
{
    /// <summary>The expression list of the last call on this thread; taken while in use.</summary>
    [ThreadStatic]
    private static List<TimeExpression>? spareExpressions;

    private readonly NumberWords words;
    private readonly TimeLexicon lexicon;

    public TimeStage(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        words = NumberWords.For(lexicons);
        lexicon = words.Time;
    }

    /// <summary>The time mentions of <paramref name="layer"/>, in text order.</summary>
    /// <param name="documentDate">The publication date as a TIMEX value (<c>2022-09-19</c>, or a month or year),
    /// from the metadata or the <see cref="DocumentDateFinder"/>; null when unknown.</param>
    /// <param name="excluded">Spans that hold no time of their own, such as legal citations; an expression that
    /// overlaps one is skipped.</param>
    public ImmutableArray<TimeMention> Find(TextLayer layer, string? documentDate, ImmutableArray<Span> excluded)
    {
        ArgumentNullException.ThrowIfNull(layer);
        // The list of the last call on this thread, cleared: it grows once rather than per document.
        var expressions = spareExpressions ?? new List<TimeExpression>(64);
        spareExpressions = null;
        expressions.Clear();
        var tokens = NumberTokens.Of(layer, words);
        using (var grammar = new TimeGrammar(lexicon, layer, tokens))
        {
            // A sentence without a token where an expression may start has no time: it is passed over unread. In the
            // others the grammar reads only the tokens where one may start and what its rules read around them.
            var starts = tokens.TimeStarts;
            var c = 0;
            foreach (var sentence in layer.Sentences)
            {
                while (c < starts.Length && starts[c] < sentence.FirstToken)
                {
                    c++;
                }

                var first = c;
                while (c < starts.Length && starts[c] < sentence.EndToken)
                {
                    c++;
                }

                if (c > first)
                {
                    grammar.Scan(sentence, starts[first..c], expressions);
                }
            }
        }

        if (expressions.Count == 0)
        {
            spareExpressions = expressions;
            return [];
        }

        var anchor = TimeAnchor.Parse(documentDate);
        var discourse = default(TimeDiscourse);
        var headers = new HeaderLines(layer, lexicon);
        var mentions = ImmutableArray.CreateBuilder<TimeMention>(expressions.Count);
        var previous = -1;
        for (var k = 0; k < expressions.Count; k++)
        {
            var x = expressions[k];
            var span = Span.FromBounds(layer.Tokens[x.First].Span.Start, layer.Tokens[x.End - 1].Span.End);
            if (Overlaps(excluded, span) || headers.IsHeader(x))
            {
                continue;
            }

            if (TimeResolver.Resolve(x, anchor, ref discourse) is not { } value)
            {
                continue;
            }

            if (x.JoinsPrevious && previous == k - 1 && mentions.Count > 0 && TimeResolver.JoinDays(mentions[^1].Value, value, x) is { } joined)
            {
                var opened = mentions[^1].Evidence.Primary;
                mentions[^1] = new TimeMention(joined, Evidence.Of(Span.FromBounds(opened.Start, span.End), "time.relative.span"));
            }
            else
            {
                mentions.Add(new TimeMention(value, Evidence.Of(span, x.RuleId)));
            }

            previous = k;
        }

        spareExpressions = expressions;
        return KnownYears(mentions).DrainToImmutable();
    }

    /// <summary>A year-less day is given the year of the same day and month written with a year elsewhere in
    /// the document ("on 9 November 2020 … the November 9 statement"), when only one year is written so.</summary>
    private static ImmutableArray<TimeMention>.Builder KnownYears(ImmutableArray<TimeMention>.Builder mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var value = mentions[i].Value;
            if (value.Length != 10 || !value.StartsWith("XXXX-", StringComparison.Ordinal))
            {
                continue;
            }

            string? year = null;
            var unique = true;
            for (var j = 0; j < mentions.Count; j++)
            {
                var v = mentions[j].Value;
                if (v.Length == 10 && char.IsAsciiDigit(v[0]) && v.AsSpan(4).SequenceEqual(value.AsSpan(4)))
                {
                    unique &= year is null || v.AsSpan(0, 4).SequenceEqual(year);
                    year ??= v[..4];
                }
            }

            if (year is not null && unique)
            {
                mentions[i] = mentions[i] with { Value = year + value[4..] };
            }
        }

        return mentions;
    }

    private static bool Overlaps(ImmutableArray<Span> excluded, Span span)
    {
        if (excluded.IsDefaultOrEmpty)
        {
            return false;
        }

        foreach (var x in excluded)
        {
            if (x.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The header lines among the top paragraphs, classified on demand.</summary>
    private sealed class HeaderLines(TextLayer layer, TimeLexicon lexicon)
    {
        private readonly int top = layer.Paragraphs.Length < 2 ? 0 : Math.Min(DocumentDateLines.TopParagraphs, layer.Paragraphs.Length);

        /// <summary>The last top paragraph whose tokens were looked up, and its tokens: the dates of a paragraph come
        /// one after another, and each would search the tokens for the same bounds again.</summary>
        private int lastParagraph = -1;
        private (int First, int End) lastTokens;

        public bool IsHeader(in TimeExpression x)
        {
            if (top == 0 || x.Kind != TimeExpressionKind.Calendar)
            {
                return false;
            }

            var start = layer.Tokens[x.First].Span.Start;
            for (var p = 0; p < top; p++)
            {
                var paragraph = layer.Paragraphs[p];
                if (start < paragraph.Start)
                {
                    return false;
                }

                if (start < paragraph.End)
                {
                    if (lastParagraph != p)
                    {
                        lastTokens = DocumentDateLines.TokensOf(layer, paragraph);
                        lastParagraph = p;
                    }

                    var (first, end) = lastTokens;
                    return DocumentDateLines.Classify(layer, lexicon, first, end, x.First, x.End) == DocumentDateLineKind.Header;
                }
            }

            return false;
        }
    }
}
