using System.Globalization;

namespace Attest.Text;

/// <summary>Computes <see cref="TokenShape"/> from a token's characters.</summary>
internal static class Shapes
{
    /// <summary>The shape of a word or number; periods, apostrophes, hyphens and marks do not count.
    /// A capital after a hyphen starts a new part (<c>Armenia-Azerbaijan</c> is capitalised).</summary>
    public static TokenShape Of(ReadOnlySpan<char> word)
    {
        int letters = 0, upper = 0, lower = 0, digits = 0;
        var firstUpper = false;
        var innerUpper = false;
        var partStart = true;
        foreach (var c in word)
        {
            if (TextChars.IsLetter(c))
            {
                var isUpper = TextChars.IsUpper(c);
                if (isUpper)
                {
                    upper++;
                }
                else if (TextChars.IsLower(c))
                {
                    lower++;
                }

                if (letters == 0)
                {
                    firstUpper = isUpper;
                }
                else if (isUpper && !partStart)
                {
                    innerUpper = true;
                }

                letters++;
                partStart = false;
            }
            else if (TextChars.IsDigit(c))
            {
                digits++;
                partStart = false;
            }
            else if (TextChars.IsHyphen(c))
            {
                partStart = true;
            }
            else if (char.IsHighSurrogate(c))
            {
                // Letters outside the BMP are scripts without case for our purposes.
                letters++;
                partStart = false;
            }
        }

        if (letters == 0)
        {
            return digits > 0 ? TokenShape.Number : TokenShape.Other;
        }

        if (digits > 0)
        {
            return TokenShape.Alphanumeric;
        }

        if (upper == 0 && lower == 0)
        {
            return TokenShape.Uncased;
        }

        if (upper == 0)
        {
            return TokenShape.Lower;
        }

        if (lower == 0)
        {
            return upper >= 2 ? TokenShape.AllCaps : TokenShape.Capitalized;
        }

        return firstUpper && !innerUpper ? TokenShape.Capitalized : TokenShape.Mixed;
    }

    /// <summary>The shape of a single non-word character.</summary>
    public static TokenShape OfSymbolOrPunctuation(char c) =>
        OfCategory(char.GetUnicodeCategory(c), TextChars.IsSymbolLikePunctuation(c));

    /// <summary>The shape of a single code point outside the BMP (emoji, historic scripts).</summary>
    public static TokenShape OfCodePoint(int codePoint) =>
        OfCategory(CharUnicodeInfo.GetUnicodeCategory(codePoint), symbolLike: false);

    private static TokenShape OfCategory(UnicodeCategory category, bool symbolLike) => category switch
    {
        _ when symbolLike => TokenShape.Symbol,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenShape.Punctuation,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => TokenShape.Symbol,
        _ => TokenShape.Other,
    };
}
