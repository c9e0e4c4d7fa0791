using System.Globalization;

namespace Attest.Text;

/// <summary>Computes <see cref="TokenShape"/> from a token's characters.</summary>
internal static class Shapes
{
    /// <summary>The shape of a word or number; periods, apostrophes, hyphens and marks do not count.
    /// A capital after a hyphen starts a new part (<c>Franco-German</c> is capitalised).</summary>
    public static TokenShape Of(ReadOnlySpan<char> word)
    {
        var counter = default(ShapeCounter);
        foreach (var c in word)
        {
            if (char.IsHighSurrogate(c))
            {
                counter.AddSupplementaryLetter();
            }
            else
            {
                counter.Add(c, TextChars.Class(c));
            }
        }

        return counter.Result;
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
