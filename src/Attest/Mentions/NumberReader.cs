using Attest.Text;

namespace Attest.Mentions;

/// <summary>Reads cardinal numbers from tokens: digits with thousands separators ("79", "1,200"), a decimal only
/// before a scale word ("3.5 million"), number words ("two thousand five hundred", "one hundred and twenty",
/// "twenty-three") and an article before a scale word ("a dozen", "a hundred", "a couple").</summary>
/// <remarks>Times ("10:30"), numbers with a leading zero ("05"), malformed groupings ("1,20") and decimals
/// without a scale ("3.5") are not counts and are not read. Ordinals are not number words, so "the second
/// raid" never reads as a number.</remarks>
internal static class NumberReader
{
    /// <summary>The largest value read; anything larger is not a count of people or events.</summary>
    public const long MaxValue = 100_000_000_000;

    /// <summary>False when <see cref="TryRead"/> cannot succeed at token <paramref name="first"/>: a number starts
    /// with digits, a number word, an article ("a dozen"), an unknown word or a hyphenated one ("twenty-three").
    /// A cheap test for the grammar words that make up most vocabulary hits; keep it in step with TryRead. A token
    /// found in the vocabulary has a hyphen exactly when its form has one, so the form answers for it.</summary>
    public static bool CanStart(TextLayer layer, NumberWords words, ReadOnlySpan<NumberFacts> facts, int first) =>
        layer.Tokens[first].Shape == TokenShape.Number || words.FigureWord(facts[first]) is not { } word || word.Number > 0 || word.Has(FigureRoles.Article)
        || word.Hyphenated;

    /// <summary>Reads a number starting at token <paramref name="first"/>, not reading past <paramref name="end"/>;
    /// <paramref name="facts"/> are the document's token facts (<see cref="NumberTokens.Facts"/>).</summary>
    public static bool TryRead(TextLayer layer, NumberWords words, ReadOnlySpan<NumberFacts> facts, int first, int end, out NumberMatch match)
    {
        var vocabulary = words.Figures;
        match = default;
        var tokens = layer.Tokens;
        var j = first;
        long total = 0;
        long current = 0;
        var any = false;
        var yearLike = false;
        var lastWasTens = false;

        if (tokens[j].Shape == TokenShape.Number)
        {
            if (!TryDigits(layer.TokenText(j), out var whole, out var fraction, out var fractionDigits))
            {
                return false;
            }

            j++;
            if (fractionDigits > 0)
            {
                // A decimal is a count only as a multiple of a scale word: "3.5 million".
                if (j >= end || words.FigureWord(facts[j]) is not { Scale: true, Number: >= 1000 } scale)
                {
                    return false;
                }

                var pow = Pow10(fractionDigits);
                if (whole > MaxValue / scale.Number || (fraction * scale.Number) % pow != 0)
                {
                    return false;
                }

                match = new NumberMatch((whole * scale.Number) + (fraction * scale.Number / pow), first, j + 1, false);
                return match.Value <= MaxValue;
            }

            current = whole;
            any = true;
            var digits = layer.TokenText(first);
            yearLike = digits.Length == 4 && whole is >= 1800 and <= 2100;
        }
        else if (words.FigureWord(facts[j]) is { } w && w.Has(FigureRoles.Article) && j + 1 < end && words.FigureWord(facts[j + 1]) is { Scale: true })
        {
            // "a dozen", "a hundred", "a couple": the article stands for one of the scale.
            current = 1;
            any = true;
            j++;
        }

        var digitsFirst = tokens[first].Shape == TokenShape.Number;
        while (j < end)
        {
            long value;
            bool scale;
            if (words.FigureWord(facts[j]) is { Number: > 0 } word)
            {
                value = word.Number;
                scale = word.Scale;
            }
            else if (!digitsFirst && TryCompound(layer, vocabulary, j, out var compound))
            {
                value = compound;
                scale = false;
            }
            else if (any && !digitsFirst && current % 100 == 0 && (current >= 100 || total > 0) && j + 1 < end
                && layer.TokenLower(j).SequenceEqual("and")
                && (words.FigureWord(facts[j + 1]) is { Number: > 0, Scale: false } || IsCompound(layer, vocabulary, j + 1)))
            {
                // "one hundred and twenty", "two thousand and five"
                j++;
                continue;
            }
            else
            {
                break;
            }

            if (scale)
            {
                if (!any)
                {
                    break;
                }

                var basis = current == 0 ? 1 : current;
                if (basis > MaxValue / value)
                {
                    return false;
                }

                if (value < 1000)
                {
                    current = basis * value;
                }
                else
                {
                    total += basis * value;
                    current = 0;
                }

                yearLike = false;
                lastWasTens = false;
                j++;
                continue;
            }

            if (digitsFirst)
            {
                break;
            }

            // A small number adds to what came before only where English writes it so: "twenty three",
            // "hundred twenty", "thousand five"; "two three" is two numbers.
            if (current == 0 || (lastWasTens && value < 10) || (current % 100 == 0 && current >= 100 && value < 100))
            {
                current += value;
                lastWasTens = value is >= 20 and < 100 && value % 10 == 0;
                any = true;
                j++;
                continue;
            }

            break;
        }

        if (!any || j == first)
        {
            return false;
        }

        var result = total + current;
        if (result <= 0 || result > MaxValue)
        {
            return false;
        }

        match = new NumberMatch(result, first, j, yearLike && j == first + 1);
        return true;
    }

    /// <summary>True when token <paramref name="index"/> is a hyphenated number word such as "twenty-three".</summary>
    public static bool IsCompound(TextLayer layer, FigureVocabulary vocabulary, int index) =>
        TryCompound(layer, vocabulary, index, out _);

    private static bool TryCompound(TextLayer layer, FigureVocabulary vocabulary, int index, out long value)
    {
        value = 0;
        var token = layer.TokenLower(index);
        var hyphen = token.IndexOfAny('-', '\u2010', '\u2011');
        if (hyphen <= 0 || hyphen == token.Length - 1 || token[(hyphen + 1)..].IndexOfAny('-', '\u2010', '\u2011') >= 0)
        {
            return false;
        }

        if (vocabulary.Find(token[..hyphen]) is not { Number: >= 20 and < 100, Scale: false } tens || tens.Number % 10 != 0
            || vocabulary.Find(token[(hyphen + 1)..]) is not { Number: >= 1 and < 10, Scale: false } units)
        {
            return false;
        }

        value = tens.Number + units.Number;
        return true;
    }

    /// <summary>Parses "79", "1,200", "3.5": digits, commas only as thousands separators, one decimal point.</summary>
    internal static bool TryDigits(ReadOnlySpan<char> s, out long whole, out long fraction, out int fractionDigits)
    {
        whole = 0;
        fraction = 0;
        fractionDigits = 0;
        if (s.Length == 0 || s.Length > 18 || !char.IsAsciiDigit(s[0]) || (s[0] == '0' && s.Length > 1 && s[1] != '.'))
        {
            return false;
        }

        // One pass over the whole part, up to the first point: numbers are read at every number token.
        var point = 0;
        var hasComma = false;
        var groupLength = 0;
        for (; point < s.Length; point++)
        {
            var c = s[point];
            if (c == '.')
            {
                break;
            }

            if (c == ',')
            {
                if ((!hasComma && groupLength is < 1 or > 3) || (hasComma && groupLength != 3))
                {
                    return false;
                }

                hasComma = true;
                groupLength = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            whole = (whole * 10) + (c - '0');
            groupLength++;
        }

        if (hasComma && groupLength != 3)
        {
            return false;
        }

        if (point < s.Length)
        {
            var rest = s[(point + 1)..];
            if (rest.Length is 0 or > 6)
            {
                return false;
            }

            foreach (var c in rest)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                fraction = (fraction * 10) + (c - '0');
            }

            fractionDigits = rest.Length;
        }

        return true;
    }

    private static long Pow10(int digits)
    {
        long p = 1;
        for (var i = 0; i < digits; i++)
        {
            p *= 10;
        }

        return p;
    }
}
