using System.Buffers;
using System.Collections.Immutable;
using Attest.Text;

namespace Attest.Attribution;

/// <summary>Finds quoted stretches of text: pairs of straight, curly, single or angle quotation marks inside a
/// paragraph, and quotations that run over paragraphs (an unclosed paragraph continued by the next one when it
/// opens with a mark again or closes the quotation).</summary>
internal static class QuoteMarks
{
    /// <summary>One piece of a quotation, without its marks. <paramref name="Group"/> numbers the quotation
    /// the piece belongs to; <paramref name="Closed"/> says whether the piece ends at a closing mark.</summary>
    internal readonly record struct Piece(Span Inner, int Group, bool Closed);

    /// <summary>Every character <see cref="IsOpening"/> can accept: the scan jumps from one to the next
    /// instead of testing each character of the text.</summary>
    private static readonly SearchValues<char> OpeningMarks = SearchValues.Create("\u201C\u201E\u00AB\u2018\"'");

    /// <summary>Every character <see cref="FindClose"/> can accept, whatever the opening mark.</summary>
    private static readonly SearchValues<char> ClosingMarks = SearchValues.Create("\u00BB\u2019'\u201D\"\u201C");

    public static ImmutableArray<Piece> Find(string text, ImmutableArray<Span> paragraphs)
    {
        var pieces = ImmutableArray.CreateBuilder<Piece>();
        var group = 0;
        var open = false;
        foreach (var paragraph in paragraphs)
        {
            var at = paragraph.Start;
            var end = paragraph.End;
            if (open)
            {
                // A quotation left open continues when this paragraph reopens it or closes it before any new one.
                var first = SkipSpace(text, at, end);
                if (first < end && IsOpening(text, first, out var reopened))
                {
                    var close = FindClose(text, first + 1, end, reopened);
                    pieces.Add(new Piece(Span.FromBounds(first + 1, close ?? end), group, close is not null));
                    open = close is null;
                    at = close is { } c ? c + 1 : end;
                }
                else if (FindClose(text, first, end, '"') is { } close && NoOpeningBefore(text, first, close))
                {
                    pieces.Add(new Piece(Span.FromBounds(first, close), group, true));
                    open = false;
                    at = close + 1;
                }
                else
                {
                    open = false;
                }
            }

            while (at < end)
            {
                var next = text.AsSpan(at, end - at).IndexOfAny(OpeningMarks);
                if (next < 0)
                {
                    break;
                }

                at += next;
                if (!IsOpening(text, at, out var mark))
                {
                    at++;
                    continue;
                }

                var close = FindClose(text, at + 1, end, mark);
                group++;
                pieces.Add(new Piece(Span.FromBounds(at + 1, close ?? end), group, close is not null));
                if (close is null)
                {
                    // Only a double or angle mark may stay open across a paragraph break; a lone single mark is
                    // far more often an apostrophe or a stray.
                    open = mark is not ('\'' or '‘');
                    if (!open)
                    {
                        pieces.RemoveAt(pieces.Count - 1);
                        group--;
                        at++;
                        continue;
                    }

                    break;
                }

                at = close.Value + 1;
            }
        }

        return pieces.ToImmutable();
    }

    private static int SkipSpace(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static bool NoOpeningBefore(string text, int from, int close)
    {
        for (var k = from; k < close; k++)
        {
            var skip = text.AsSpan(k, close - k).IndexOfAny(OpeningMarks);
            if (skip < 0)
            {
                break;
            }

            k += skip;
            if (IsOpening(text, k, out var mark) && mark is not ('\'' or '‘'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the character at <paramref name="at"/> opens a quotation: curly and angle opening
    /// marks always; straight marks when they stand before a word and after a space, a bracket or the start.</summary>
    private static bool IsOpening(string text, int at, out char mark)
    {
        mark = text[at];
        switch (mark)
        {
            case '“' or '„' or '«':
                return true;
            case '‘':
                return at + 1 < text.Length && !char.IsWhiteSpace(text[at + 1]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1]));
            case '"' or '\'':
                var before = at == 0 ? ' ' : text[at - 1];
                var after = at + 1 < text.Length ? text[at + 1] : ' ';
                return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or ':' || at == 0)
                    && !char.IsWhiteSpace(after) && (mark == '"' || char.IsLetterOrDigit(after));
            default:
                return false;
        }
    }

    /// <summary>The offset of the mark that closes a quotation opened with <paramref name="mark"/>, searching
    /// <c>[from, end)</c>; straight and curly double marks close each other because texts mix them.</summary>
    private static int? FindClose(string text, int from, int end, char mark)
    {
        for (var k = from; k < end; k++)
        {
            var skip = text.AsSpan(k, end - k).IndexOfAny(ClosingMarks);
            if (skip < 0)
            {
                break;
            }

            k += skip;
            var c = text[k];
            var after = k + 1 < text.Length ? text[k + 1] : ' ';
            var closes = mark switch
            {
                '«' => c == '»',
                '‘' or '\'' => (c == '’' || c == '\'') && !char.IsLetter(after) && !char.IsWhiteSpace(text[k - 1]),
                // A straight mark after a space opens rather than closes; a curly one closes wherever it stands.
                _ => (c == '”' || (c == '"' && k > from && !char.IsWhiteSpace(text[k - 1])) || (mark == '„' && c == '“'))
                    && !char.IsLetterOrDigit(after),
            };
            if (closes)
            {
                return k;
            }
        }

        return null;
    }
}
