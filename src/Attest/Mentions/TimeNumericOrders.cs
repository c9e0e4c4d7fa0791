using Attest.Text;

namespace Attest.Mentions;

/// <summary>Works out a document's convention for all-digit dates whose two small numbers could each be the
/// month (03/04/2024). Read only when such a date occurs.</summary>
/// <remarks>The document states its convention in two ways, tried in order: an all-digit date whose first or
/// second number is above 12 (19/09/2022 is day first); otherwise the way it writes dates with month names
/// ("18 September" is day first, "September 18" month first). When neither says anything, or the evidence is
/// split evenly, the order stays unknown and ambiguous dates are left out rather than guessed.</remarks>
internal static class TimeNumericOrders
{
    /// <summary>The order of <paramref name="layer"/>, whose tokens have <paramref name="facts"/> by
    /// <paramref name="lexicon"/> (<see cref="NumberTokens"/>).</summary>
    public static TimeNumericOrder Detect(TextLayer layer, TimeLexicon lexicon, ReadOnlySpan<NumberFacts> facts)
    {
        var tokens = layer.Tokens;
        int dayFirst = 0, monthFirst = 0;
        for (var i = 0; i + 4 < tokens.Length; i++)
        {
            if (!SmallNumber(layer, i, out var a) || !Glued(layer, i, i + 4) || !IsSeparator(layer, i + 1) || !SmallNumber(layer, i + 2, out var b))
            {
                continue;
            }

            if (a > 12 && b <= 12)
            {
                dayFirst++;
            }
            else if (b > 12 && a <= 12)
            {
                monthFirst++;
            }
        }

        if (dayFirst != monthFirst)
        {
            return dayFirst > monthFirst ? TimeNumericOrder.DayFirst : TimeNumericOrder.MonthFirst;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var word = ref lexicon.WordOf(facts[i]);
            if (word.Month == 0 || word.Homonym && tokens[i].Shape != TokenShape.Capitalized)
            {
                continue;
            }

            if (i > 0 && DayBefore(layer, i - 1))
            {
                dayFirst++;
            }
            else if (i + 1 < tokens.Length && SmallNumber(layer, i + 1, out var day) && day is >= 1 and <= 31)
            {
                monthFirst++;
            }
        }

        return dayFirst == monthFirst ? TimeNumericOrder.Unknown : dayFirst > monthFirst ? TimeNumericOrder.DayFirst : TimeNumericOrder.MonthFirst;
    }

    private static bool DayBefore(TextLayer layer, int i)
    {
        if (SmallNumber(layer, i, out var day))
        {
            return day is >= 1 and <= 31;
        }

        var lower = layer.TokenLower(i);
        return lower.Length is 3 or 4 && char.IsAsciiDigit(lower[0]) && lower[^2..] is "st" or "nd" or "rd" or "th";
    }

    private static bool SmallNumber(TextLayer layer, int i, out int value)
    {
        value = 0;
        var lower = layer.TokenLower(i);
        if (lower.Length is < 1 or > 2)
        {
            return false;
        }

        foreach (var c in lower)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool IsSeparator(TextLayer layer, int i)
    {
        var lower = layer.TokenLower(i);
        return lower.Length == 1 && lower[0] is '/' or '-';
    }

    /// <summary>True when tokens <paramref name="first"/> to <paramref name="last"/> touch with no space.</summary>
    private static bool Glued(TextLayer layer, int first, int last)
    {
        for (var i = first; i < last; i++)
        {
            if (layer.Tokens[i].Span.End != layer.Tokens[i + 1].Span.Start)
            {
                return false;
            }
        }

        return true;
    }
}
