using System.Globalization;

namespace Attest.Text;

/// <summary>Character classes for the tokenizer and splitters: tables built once from the Unicode categories.</summary>
internal static class TextChars
{
    public const byte Space = 1;
    public const byte Upper = 2;
    public const byte Lower = 4;
    public const byte Digit = 8;

    /// <summary>A letter without case (Arabic, Chinese) or a modifier letter.</summary>
    public const byte Uncased = 16;

    /// <summary>A combining mark.</summary>
    public const byte Mark = 32;

    public const byte Letter = Upper | Lower | Uncased;
    public const byte WordPart = Letter | Digit | Mark;

    private static readonly byte[] Ascii = BuildAscii();

    /// <summary>The class of every BMP character, so that <see cref="Class"/> is one load the JIT inlines:
    /// the tokenizer and the splitters ask it for nearly every character of every text.</summary>
    private static readonly byte[] Bmp = BuildBmp();

    /// <summary>The class bits (<see cref="Space"/>, <see cref="Upper"/>, <see cref="Lower"/>, <see cref="Digit"/>)
    /// of an ASCII character.</summary>
    public static byte AsciiClass(char c) => Ascii[c];

    /// <summary>The class bits of any character, from its Unicode category: <see cref="Space"/> for
    /// whitespace, control and format characters; <see cref="Upper"/> also for title case.</summary>
    public static byte Class(char c) => Bmp[c];

    private static byte ClassOfCategory(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => Upper,
        UnicodeCategory.LowercaseLetter => Lower,
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => Uncased,
        UnicodeCategory.DecimalDigitNumber => Digit,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Mark,
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format => Space,
        _ => (byte)0,
    };

    /// <summary>Whitespace, control and format characters: they separate tokens and are never part of one.</summary>
    public static bool IsSeparator(char c) => (Class(c) & Space) != 0;

    public static bool IsWhiteSpace(char c) => c < 0x80 ? (Ascii[c] & Space) != 0 : char.IsWhiteSpace(c);

    public static bool IsDigit(char c) => (Class(c) & Digit) != 0;

    public static bool IsLetter(char c) => (Class(c) & Letter) != 0;

    public static bool IsLetterOrDigit(char c) => (Class(c) & (Letter | Digit)) != 0;

    public static bool IsUpper(char c) => (Class(c) & Upper) != 0;

    public static bool IsLower(char c) => (Class(c) & Lower) != 0;

    /// <summary>Letters, digits and combining marks: what words are made of.</summary>
    public static bool IsWordChar(char c) => (Class(c) & WordPart) != 0;

    /// <summary>A letter or digit outside the BMP (given as a code point).</summary>
    public static bool IsWordCodePoint(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;

    /// <summary>A letter that can begin a sentence: upper or title case, or a letter of a script without case.</summary>
    public static bool IsSentenceInitialLetter(char c)
    {
        if (c < 0x80)
        {
            return (Ascii[c] & Upper) != 0;
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.OtherLetter;
    }

    /// <summary>Hyphens that join the parts of a word (<c>anti-war</c>).</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Dashes, which never join words.</summary>
    public static bool IsDash(char c) =>
        c is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2E3A' or '\u2E3B' or '\uFE58' or '\uFE63' or '\uFF0D';

    /// <summary>Characters used as apostrophes inside words (<c>O’Brien</c>, <c>don't</c>).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsDoubleQuote(char c) =>
        c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u301D' or '\u301E' or '\uFF02';

    public static bool IsSingleQuote(char c) =>
        c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';

    public static bool IsQuote(char c) => IsDoubleQuote(c) || IsSingleQuote(c);

    /// <summary>Quote glyphs that open a quotation when the context does not decide.</summary>
    public static bool IsOpeningQuoteGlyph(char c) =>
        c is '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u201F' or '\u201B' or '\u00AB' or '\u2039' or '\u301D';

    /// <summary>Quote glyphs that close a quotation when the context does not decide.</summary>
    public static bool IsClosingQuoteGlyph(char c) => c is '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '\u301E';

    public static bool IsOpeningBracket(char c) => c is '(' or '[' or '{' or '\uFF08' or '\uFF3B';

    public static bool IsClosingBracket(char c) => c is ')' or ']' or '}' or '\uFF09' or '\uFF3D';

    /// <summary>Marks that end a sentence on their own (the period is decided by context).</summary>
    public static bool IsStrongTerminal(char c) =>
        c is '?' or '!' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\uFF1F' or '\uFF01';

    /// <summary>Characters used to start list items.</summary>
    public static bool IsBullet(char c) =>
        c is '\u2022' or '\u2023' or '\u2043' or '\u2219' or '\u25AA' or '\u25AB' or '\u25A0' or '\u25A1' or '\u25CF'
            or '\u25CB' or '\u25E6' or '\u25C6' or '\u25C7' or '\u25BA' or '\u25B6' or '\u27A2' or '\u27A4' or '\u2713'
            or '\u2714';

    public static bool IsSuperscriptDigit(char c) =>
        c is '\u00B9' or '\u00B2' or '\u00B3' or '\u2070' || (c >= '\u2074' && c <= '\u2079');

    /// <summary>Punctuation-category characters that read as symbols rather than as punctuation.</summary>
    public static bool IsSymbolLikePunctuation(char c) =>
        c is '%' or '#' or '&' or '*' or '@' or '\u00A7' or '\u00B6' or '\u2020' or '\u2021' or '\u2030' or '\u2031'
            or '\u2032' or '\u2033' or '\uFF05' or '\uFF03' or '\uFF06' or '\uFF0A' or '\uFF20';

    private static byte[] BuildBmp()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = c < 0x80 ? Ascii[c] : ClassOfCategory((char)c);
        }

        return table;
    }

    private static byte[] BuildAscii()
    {
        var table = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            if (c <= ' ' || c == 0x7F)
            {
                table[c] = Space;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                table[c] = Upper;
            }
            else if (c is >= 'a' and <= 'z')
            {
                table[c] = Lower;
            }
            else if (c is >= '0' and <= '9')
            {
                table[c] = Digit;
            }
        }

        return table;
    }
}
