using System.Globalization;
using System.Text;

namespace Attest.Storage;

/// <summary>
/// Turns what a user typed into an FTS5 query that can only mean "documents containing all these words".
/// Every term becomes an FTS5 string (<c>"..."</c>), so FTS5 operators and syntax in the input
/// (<c>OR</c>, <c>NEAR(</c>, <c>*</c>, <c>^</c>, <c>column:</c>, parentheses, stray quotes) are searched for
/// as words instead of being obeyed or failing to parse.
/// </summary>
internal static class FtsQuery
{
    /// <summary>
    /// Builds the query, or returns null when the input holds nothing searchable.
    /// Whitespace separates terms; text between double quotes is one phrase (an unclosed quote runs to the end);
    /// a bare term ending in <c>*</c> matches as a prefix. Terms are joined by FTS5's implicit AND.
    /// </summary>
    public static string? Build(string input)
    {
        var query = new StringBuilder();
        int i = 0;
        while (i < input.Length)
        {
            char c = input[i];
            if (c == '"')
            {
                int close = input.IndexOf('"', i + 1);
                int end = close < 0 ? input.Length : close;
                Append(query, input.AsSpan(i + 1, end - i - 1), prefix: false);
                i = close < 0 ? input.Length : close + 1;
            }
            else if (IsSeparator(c))
            {
                i++;
            }
            else
            {
                int start = i;
                while (i < input.Length && input[i] != '"' && !IsSeparator(input[i]))
                {
                    i++;
                }

                ReadOnlySpan<char> term = input.AsSpan(start, i - start);
                ReadOnlySpan<char> stem = term.TrimEnd('*');
                Append(query, stem, prefix: stem.Length < term.Length);
            }
        }

        return query.Length == 0 ? null : query.ToString();
    }

    /// <summary>An FTS5 string: the text between double quotes, with each inner double quote doubled.</summary>
    public static string Quote(ReadOnlySpan<char> text)
    {
        var quoted = new StringBuilder(text.Length + 2);
        AppendQuoted(quoted, text);
        return quoted.ToString();
    }

    private static void Append(StringBuilder query, ReadOnlySpan<char> term, bool prefix)
    {
        // A term with no character the tokenizer indexes (only punctuation or symbols) can match nothing;
        // dropping it keeps the query readable and lets a query of nothing but such terms return at once.
        if (!HasTokenCharacter(term))
        {
            return;
        }

        if (query.Length > 0)
        {
            query.Append(' ');
        }

        AppendQuoted(query, term);
        if (prefix)
        {
            query.Append('*');
        }
    }

    private static void AppendQuoted(StringBuilder query, ReadOnlySpan<char> text)
    {
        query.Append('"');
        foreach (char c in text)
        {
            if (c == '"')
            {
                query.Append("\"\"");
            }
            else
            {
                // Control characters (NUL among them) would end or corrupt the string inside SQLite's parser;
                // the tokenizer treats them as separators anyway.
                query.Append(char.IsControl(c) ? ' ' : c);
            }
        }

        query.Append('"');
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    /// <summary>
    /// Whether the unicode61 tokenizer may index something in the term. It indexes letters, numbers and private-use
    /// characters, and most characters outside the Basic Multilingual Plane (emoji among them); in the BMP it
    /// treats punctuation, symbols, marks and spaces as separators. Outside the BMP the term is kept and FTS5
    /// decides: a phrase with no token is ignored by FTS5, so keeping one too many is harmless.
    /// </summary>
    private static bool HasTokenCharacter(ReadOnlySpan<char> term)
    {
        foreach (Rune rune in term.EnumerateRunes())
        {
            if (!rune.IsBmp)
            {
                return true;
            }

            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.OtherNumber:
                case UnicodeCategory.PrivateUse:
                    return true;
            }
        }

        return false;
    }
}
