namespace Attest.Text;

/// <summary>Finds list-item markers (<c>•</c>, <c>- </c>, <c>1.</c>, <c>2)</c>, <c>3.)</c>, <c>a.</c>, <c>b)</c>,
/// <c>(c)</c>) at the start of a paragraph and, when the paragraph is an inline list ("1. one 2. two"),
/// the markers of the following items, which start new sentences.</summary>
internal static class ListMarkers
{
    private enum Form : byte
    {
        Bullet,
        Dash,
        NumberPeriod,
        NumberPeriodParen,
        NumberParen,
        LetterPeriod,
        LetterParen,
        ParenNumber,
        ParenLetter,
    }

    /// <summary>Flags the markers of the paragraph <c>tokens[first..end)</c> with <see cref="TokenFlags.ListMarker"/>
    /// and adds to <paramref name="itemStarts"/> the token index of each inline item after the first.</summary>
    public static void Mark(string text, PooledList<Token> tokens, int first, int end, List<int> itemStarts)
    {
        if (!TryMatch(text, tokens, first, end, out var marker))
        {
            return;
        }

        var k = FlagItemMarker(text, tokens, first, end, marker);
        if (marker.Form == Form.Dash)
        {
            // A dash also opens asides, so only a leading one counts as a marker.
            return;
        }

        var expected = marker.Ordinal + 1;
        for (; k < end; k++)
        {
            var start = tokens[k].Span.Start;
            if (start == 0 || !TextChars.IsWhiteSpace(text[start - 1]) || !TryMatch(text, tokens, k, end, out var next)
                || next.Form != marker.Form || next.Ordinal != (marker.Form == Form.Bullet ? marker.Ordinal : expected))
            {
                continue;
            }

            itemStarts.Add(k);
            expected++;
            k = FlagItemMarker(text, tokens, k, end, next) - 1;
        }
    }

    /// <summary>Flags a marker and an enumerator right after a bullet (<c>• 9.</c>); returns the next token index.</summary>
    private static int FlagItemMarker(string text, PooledList<Token> tokens, int k, int end, Marker marker)
    {
        Flag(tokens, k, marker.Length);
        k += marker.Length;
        if (marker.Form is Form.Bullet or Form.Dash && k < end && TryMatch(text, tokens, k, end, out var inner)
            && inner.Form is not (Form.Bullet or Form.Dash))
        {
            Flag(tokens, k, inner.Length);
            k += inner.Length;
        }

        return k;
    }

    private static void Flag(PooledList<Token> tokens, int first, int count)
    {
        for (var k = first; k < first + count; k++)
        {
            ref var token = ref tokens[k];
            token = token with { Flags = token.Flags | TokenFlags.ListMarker };
        }
    }

    private static bool TryMatch(string text, PooledList<Token> tokens, int k, int end, out Marker marker)
    {
        marker = default;
        var token = tokens[k];
        var c = text[token.Span.Start];
        bool Adjacent(int a) => a + 1 < end && tokens[a].Span.End == tokens[a + 1].Span.Start;
        bool Is(int a, char ch) => a < end && tokens[a].Span.Length == 1 && text[tokens[a].Span.Start] == ch;
        bool SpaceAfter(int a) => tokens[a].Span.End < text.Length && TextChars.IsWhiteSpace(text[tokens[a].Span.End]);
        int? Number(int a)
        {
            var span = tokens[a].Span;
            if (span.Length > 3 || tokens[a].Shape != TokenShape.Number)
            {
                return null;
            }

            var value = 0;
            foreach (var d in span.In(text))
            {
                if (!char.IsAsciiDigit(d))
                {
                    return null;
                }

                value = (value * 10) + (d - '0');
            }

            return value;
        }

        if (token.Span.Length == 1 && TextChars.IsBullet(c))
        {
            marker = new Marker(Form.Bullet, c, 1);
            return true;
        }

        if (token.Span.Length == 1 && c is '-' or '*' or '\u2013' or '\u2014')
        {
            marker = new Marker(Form.Dash, c, 1);
            return SpaceAfter(k);
        }

        if (Number(k) is { } number)
        {
            if (Adjacent(k) && Is(k + 1, '.'))
            {
                if (Adjacent(k + 1) && Is(k + 2, ')') && SpaceAfter(k + 2))
                {
                    marker = new Marker(Form.NumberPeriodParen, number, 3);
                    return true;
                }

                marker = new Marker(Form.NumberPeriod, number, 2);
                return SpaceAfter(k + 1);
            }

            marker = new Marker(Form.NumberParen, number, 2);
            return Adjacent(k) && Is(k + 1, ')') && SpaceAfter(k + 1);
        }

        if (token.Span.Length == 2 && token.Has(TokenFlags.Abbreviation) && TextChars.IsLower(c))
        {
            marker = new Marker(Form.LetterPeriod, c, 1);
            return SpaceAfter(k);
        }

        if (token.Span.Length == 1 && TextChars.IsLetter(c))
        {
            marker = new Marker(Form.LetterParen, c, 2);
            return Adjacent(k) && Is(k + 1, ')') && SpaceAfter(k + 1);
        }

        if (c == '(' && Adjacent(k) && Adjacent(k + 1) && Is(k + 2, ')') && SpaceAfter(k + 2))
        {
            if (Number(k + 1) is { } inner)
            {
                marker = new Marker(Form.ParenNumber, inner, 3);
                return true;
            }

            var letter = tokens[k + 1].Span;
            if (letter.Length == 1 && TextChars.IsLetter(text[letter.Start]))
            {
                marker = new Marker(Form.ParenLetter, text[letter.Start], 3);
                return true;
            }
        }

        return false;
    }

    /// <summary>A marker: its form, its ordinal (number, letter, or the bullet character) and its token count.</summary>
    private readonly record struct Marker(Form Form, int Ordinal, int Length);
}
