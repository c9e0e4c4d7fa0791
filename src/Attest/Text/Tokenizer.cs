namespace Attest.Text;

/// <summary>Splits one paragraph of clean text into tokens, in one pass, appending them to a shared list.</summary>
/// <remarks>
/// Words keep internal hyphens (<c>anti-war</c>, not between two numbers) and apostrophes (<c>don't</c>),
/// but the clitic <c>’s</c>/<c>'s</c> becomes its own token. Numbers keep <c>,</c> <c>.</c> <c>:</c> between
/// digits. An abbreviation keeps its period (<c>Mr.</c>, <c>U.S.</c>, single letters such as <c>J.</c>).
/// URLs, e-mail addresses and domain names are one token. Other punctuation is one character per token,
/// except ellipses (<c>…</c>, <c>...</c>, spaced <c>. . .</c>) and footnote markers (<c>[12]</c>).
/// Quote marks are classed as opening or closing by their neighbours, the glyph breaking ties.
/// </remarks>
internal sealed class Tokenizer(string text, AbbreviationLexicon lexicon, PooledList<Token> tokens, PooledList<int> mayEnd)
{
    /// <summary>Longest dotted word or address looked at; longer runs are split as plain words, so a hostile
    /// run of dots and letters cannot make tokenizing quadratic.</summary>
    private const int MaxDottedLength = 100;

    /// <summary>Longest e-mail local part (RFC 5321) and domain.</summary>
    private const int MaxLocalPart = 64;
    private const int MaxDomain = 255;

    private readonly string _text = text;
    private readonly AbbreviationLexicon _lexicon = lexicon;
    private readonly PooledList<Token> _tokens = tokens;
    private readonly PooledList<int> _mayEnd = mayEnd;
    private bool _doubleOpen;
    private bool _singleOpen;

    /// <summary>Tokenizes <c>[start, end)</c>; quote state starts afresh, as each paragraph reopens its quotes.</summary>
    public void Tokenize(int start, int end)
    {
        _doubleOpen = false;
        _singleOpen = false;
        var t = _text;
        var i = start;
        while (i < end)
        {
            var c = t[i];
            var cls = TextChars.Class(c);
            if ((cls & TextChars.WordPart) != 0)
            {
                // Most words are plain ASCII; the general path, with its dotted words and addresses, is kept
                // out of their way.
                var simple = SimpleWord(i, end);
                i = simple > 0 ? simple : Word(i, end);

                // Nearly every word is followed by one plain space, passed here without another turn of the loop.
                if (i < end && t[i] == ' ')
                {
                    i++;
                }
            }
            else if ((cls & TextChars.Space) != 0)
            {
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(t[i + 1])
                && TextChars.IsWordCodePoint(char.ConvertToUtf32(c, t[i + 1])))
            {
                i = Word(i, end);
            }
            else
            {
                i = Punctuation(i, start, end);
            }
        }
    }

    private void Add(int start, int end, TokenShape shape, TokenFlags flags = TokenFlags.None) =>
        _tokens.Add(new Token(Span.FromBounds(start, end), shape, flags));

    /// <summary>Adds a token that may end a sentence (a period, <c>?</c>, <c>!</c>, an ellipsis or an abbreviation)
    /// and lists its index for the <see cref="SentenceSplitter"/>, which then reads only these tokens rather than
    /// every token of the paragraph.</summary>
    private void AddMayEnd(int start, int end, TokenShape shape, TokenFlags flags = TokenFlags.None)
    {
        _mayEnd.Add(_tokens.Count);
        Add(start, end, shape, flags);
    }

    private int Word(int start, int end)
    {
        var t = _text;
        var j = start;
        var hasLetter = false;
        var shape = default(ShapeCounter);
        while (j < end)
        {
            var c = t[j];
            var cls = TextChars.Class(c);
            if ((cls & TextChars.WordPart) != 0)
            {
                hasLetter |= (cls & TextChars.Letter) != 0;
                shape.Add(c, cls);
                j++;
                continue;
            }

            if (char.IsHighSurrogate(c) && j + 1 < end && char.IsLowSurrogate(t[j + 1])
                && TextChars.IsWordCodePoint(char.ConvertToUtf32(c, t[j + 1])))
            {
                hasLetter = true;
                shape.AddSupplementaryLetter();
                j += 2;
                continue;
            }

            if (j == start)
            {
                break;
            }

            var prev = t[j - 1];
            var next = j + 1 < end ? t[j + 1] : '\0';
            if (TextChars.IsHyphen(c))
            {
                if (TextChars.IsLetterOrDigit(prev) && TextChars.IsLetterOrDigit(next)
                    && !(TextChars.IsDigit(prev) && TextChars.IsDigit(next)))
                {
                    shape.Add(c, cls);
                    j++;
                    continue;
                }
            }
            else if (TextChars.IsApostrophe(c))
            {
                if (TextChars.IsLetter(prev) && TextChars.IsLetter(next) && !IsClitic(j, end))
                {
                    j++;
                    continue;
                }
            }
            else if (c is '.' or ',')
            {
                if (TextChars.IsDigit(prev) && TextChars.IsDigit(next))
                {
                    j++;
                    continue;
                }
            }
            else if (c == ':')
            {
                if (!hasLetter && TextChars.IsDigit(prev) && TextChars.IsDigit(next))
                {
                    j++;
                    continue;
                }
            }
            else if (c == '&')
            {
                if (TextChars.IsUpper(prev) && TextChars.IsUpper(next))
                {
                    j++;
                    continue;
                }
            }

            break;
        }

        if (j < end)
        {
            var stop = t[j];
            int special;
            switch (stop)
            {
                case '@' or '_' or '+' or '%' or '-':
                    special = EmailEnd(start, end);
                    if (special > 0)
                    {
                        Add(start, special, TokenShape.Other, TokenFlags.Email);
                        return special;
                    }

                    break;
                case ':':
                    if (j + 2 < end && t[j + 1] == '/' && t[j + 2] == '/' && IsScheme(t.AsSpan(start, j - start)))
                    {
                        special = UrlEnd(start, end);
                        Add(start, special, TokenShape.Other, TokenFlags.Url);
                        return special;
                    }

                    break;
                case '.':
                    if (hasLetter && j + 1 < end && TextChars.IsLetterOrDigit(t[j + 1]))
                    {
                        special = Dotted(start, end);
                        if (special > 0)
                        {
                            return special;
                        }
                    }

                    if (hasLetter && !(j + 1 < end && t[j + 1] == '.'))
                    {
                        var length = j - start;
                        if (length == 1 && TextChars.IsLetter(t[start]))
                        {
                            var flags = TokenFlags.Abbreviation;
                            if (TextChars.IsUpper(t[start]))
                            {
                                flags |= TokenFlags.Initial;
                            }

                            AddMayEnd(start, j + 1, shape.Result, flags);
                            return j + 1;
                        }

                        if (_lexicon.TryGetAbbreviation(t.AsSpan(start, length + 1), out var position))
                        {
                            AddMayEnd(start, j + 1, shape.Result, AbbreviationFlags(position));
                            return j + 1;
                        }
                    }

                    break;
            }
        }

        Add(start, j, shape.Result);
        return j;
    }

    /// <summary>The common case in one pass: ASCII letters and digits up to whitespace or punctuation that cannot
    /// continue the word, or a period that ends it (an abbreviation keeps its period, as in <see cref="Word"/>).
    /// Returns the token end, or -1 to leave the word to the general path.</summary>
    private int SimpleWord(int start, int end)
    {
        var t = _text.AsSpan(0, end);
        var head = t[start] < 0x80 ? TextChars.AsciiClass(t[start]) : 0;
        if ((head & (TextChars.Letter | TextChars.Digit)) == 0)
        {
            return -1;
        }

        // The classes after the first character, apart: an upper-case letter among them makes the word mixed.
        var rest = 0;
        var j = start + 1;
        while (j < t.Length)
        {
            var c = t[j];
            if (c >= 0x80)
            {
                break;
            }

            var cls = TextChars.AsciiClass(c);
            if ((cls & (TextChars.Letter | TextChars.Digit)) == 0)
            {
                break;
            }

            rest |= cls;
            j++;
        }

        var seen = head | rest;
        var innerUpper = (rest & TextChars.Upper) != 0;
        var period = false;
        if (j < end)
        {
            var stop = t[j];
            if (stop < 0x80)
            {
                // A period is taken here only when what follows cannot continue the token (a dotted word, a
                // decimal, an ellipsis); then the word is an abbreviation or ends a sentence, as in Word.
                period = stop == '.'
                    && !(j + 1 < end && (t[j + 1] == '.' || TextChars.IsLetterOrDigit(t[j + 1])));
                var ends = period
                    || (TextChars.AsciiClass(stop) & TextChars.Space) != 0
                    || stop is ';' or ')' or '(' or '"' or '!' or '?' or ']' or '[' or '/'
                    || (stop == ',' && (seen & TextChars.Digit) == 0);
                if (!ends)
                {
                    return -1;
                }
            }
            else if (TextChars.IsWordChar(stop) || TextChars.IsApostrophe(stop) || TextChars.IsHyphen(stop)
                || char.IsSurrogate(stop))
            {
                return -1;
            }
        }

        TokenShape shape;
        if ((seen & TextChars.Letter) == 0)
        {
            shape = TokenShape.Number;
        }
        else if ((seen & TextChars.Digit) != 0)
        {
            shape = TokenShape.Alphanumeric;
        }
        else if ((seen & TextChars.Upper) == 0)
        {
            shape = TokenShape.Lower;
        }
        else if ((seen & TextChars.Lower) == 0)
        {
            shape = j - start >= 2 ? TokenShape.AllCaps : TokenShape.Capitalized;
        }
        else
        {
            shape = (TextChars.AsciiClass(t[start]) & TextChars.Upper) != 0 && !innerUpper
                ? TokenShape.Capitalized
                : TokenShape.Mixed;
        }

        if (period && (seen & TextChars.Letter) != 0)
        {
            if (j - start == 1)
            {
                var flags = (head & TextChars.Upper) != 0 ? TokenFlags.Abbreviation | TokenFlags.Initial : TokenFlags.Abbreviation;
                AddMayEnd(start, j + 1, shape, flags);
                return j + 1;
            }

            if (_lexicon.TryGetAbbreviation(t.Slice(start, j + 1 - start), out var position))
            {
                AddMayEnd(start, j + 1, shape, AbbreviationFlags(position));
                return j + 1;
            }
        }

        Add(start, j, shape);
        return j;
    }

    /// <summary>True when the apostrophe at <paramref name="at"/> starts a clitic <c>’s</c> that ends the word.</summary>
    private bool IsClitic(int at, int end)
    {
        var t = _text;
        return at + 1 < end && t[at + 1] is 's' or 'S' && (at + 2 >= end || !TextChars.IsLetterOrDigit(t[at + 2]));
    }

    private static TokenFlags AbbreviationFlags(AbbreviationPosition position) =>
        position == AbbreviationPosition.Title ? TokenFlags.Abbreviation | TokenFlags.Title : TokenFlags.Abbreviation;

    private static bool IsScheme(ReadOnlySpan<char> word) =>
        word.Equals("http", StringComparison.OrdinalIgnoreCase) || word.Equals("https", StringComparison.OrdinalIgnoreCase)
        || word.Equals("ftp", StringComparison.OrdinalIgnoreCase);

    /// <summary>A word with internal periods: an abbreviation (<c>U.S.</c>, <c>e.g.</c>, <c>Ph.D.</c>), a domain name
    /// (<c>example.com</c>, with any path), or an e-mail address. Returns the end of the token it added, or -1 when
    /// the word is none of these (<c>world.Today</c> is a missing space).</summary>
    private int Dotted(int start, int end)
    {
        var t = _text;
        var k = start;
        var segments = 1;
        var singleLetters = true;
        var segmentStart = start;
        var limit = Math.Min(end, start + MaxDottedLength);
        while (k < limit)
        {
            var c = t[k];
            if (TextChars.IsWordChar(c))
            {
                k++;
            }
            else if (c == '.' && k + 1 < end && TextChars.IsLetterOrDigit(t[k + 1]))
            {
                singleLetters &= k - segmentStart == 1 && TextChars.IsLetter(t[segmentStart]);
                segments++;
                k++;
                segmentStart = k;
            }
            else if ((c is '-' or '_') && TextChars.IsLetterOrDigit(t[k - 1]) && k + 1 < end && TextChars.IsLetterOrDigit(t[k + 1]))
            {
                singleLetters = false;
                k++;
            }
            else
            {
                break;
            }
        }

        if (k == limit && limit < end)
        {
            return -1;
        }

        singleLetters &= k - segmentStart == 1 && TextChars.IsLetter(t[segmentStart]);
        if (k < end && t[k] is '@' or '+' or '%')
        {
            var email = EmailEnd(start, end);
            if (email > 0)
            {
                Add(start, email, TokenShape.Other, TokenFlags.Email);
                return email;
            }

            return -1;
        }

        var periodFollows = k < end && t[k] == '.' && !(k + 1 < end && t[k + 1] == '.');
        if (singleLetters)
        {
            var tokenEnd = periodFollows ? k + 1 : k;
            var flags = TokenFlags.Abbreviation;
            if (_lexicon.TryGetAbbreviation(t.AsSpan(start, tokenEnd - start), out var known))
            {
                flags = AbbreviationFlags(known);
            }

            AddMayEnd(start, tokenEnd, Shapes.Of(t.AsSpan(start, k - start)), flags);
            return tokenEnd;
        }

        if (periodFollows && _lexicon.TryGetAbbreviation(t.AsSpan(start, k + 1 - start), out var position))
        {
            AddMayEnd(start, k + 1, Shapes.Of(t.AsSpan(start, k - start)), AbbreviationFlags(position));
            return k + 1;
        }

        // A domain: the last label is two or more letters and starts in lower case (example.com, not world.Today).
        var label = segmentStart;
        if (segments >= 2 && k - label >= 2 && TextChars.IsLower(t[label]))
        {
            for (var x = label; x < k; x++)
            {
                if (!char.IsAsciiLetter(t[x]))
                {
                    return -1;
                }
            }

            var tokenEnd = k < end && t[k] == '/' ? UrlEnd(start, end) : k;
            Add(start, tokenEnd, TokenShape.Other, TokenFlags.Url);
            return tokenEnd;
        }

        return -1;
    }

    /// <summary>End of an e-mail address starting at <paramref name="start"/>, or -1.</summary>
    private int EmailEnd(int start, int end)
    {
        var t = _text;
        var k = start;
        var localLimit = Math.Min(end, start + MaxLocalPart + 1);
        while (k < localLimit && (TextChars.IsLetterOrDigit(t[k]) || t[k] is '.' or '_' or '%' or '+' or '-'))
        {
            k++;
        }

        if (k == start || k >= end || t[k] != '@' || t[k - 1] == '.')
        {
            return -1;
        }

        var d = k + 1;
        var labelStart = d;
        var lastDot = -1;
        var domainLimit = Math.Min(end, d + MaxDomain);
        while (d < domainLimit)
        {
            var c = t[d];
            if (char.IsAsciiLetterOrDigit(c) || (c == '-' && d > labelStart))
            {
                d++;
            }
            else if (c == '.' && d > labelStart && d + 1 < end && char.IsAsciiLetterOrDigit(t[d + 1]))
            {
                lastDot = d;
                d++;
                labelStart = d;
            }
            else
            {
                break;
            }
        }

        if (lastDot < 0 || d - labelStart < 2)
        {
            return -1;
        }

        for (var x = labelStart; x < d; x++)
        {
            if (!char.IsAsciiLetter(t[x]))
            {
                return -1;
            }
        }

        return d;
    }

    /// <summary>End of a URL starting at <paramref name="start"/>: up to whitespace or a quote or angle bracket,
    /// less trailing punctuation and unbalanced closing parentheses.</summary>
    private int UrlEnd(int start, int end)
    {
        var t = _text;
        var k = start;
        var open = 0;
        while (k < end)
        {
            var c = t[k];
            if (TextChars.IsSeparator(c) || c is '<' or '>' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB')
            {
                break;
            }

            open += c == '(' ? 1 : c == ')' ? -1 : 0;
            k++;
        }

        while (k > start + 1)
        {
            var c = t[k - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or ']' or '}')
            {
                k--;
            }
            else if (c == ')' && open < 0)
            {
                // A closing parenthesis the URL did not open belongs to the text around it.
                open++;
                k--;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    private int Punctuation(int i, int paragraphStart, int end)
    {
        var t = _text;
        var c = t[i];
        switch (c)
        {
            case ',' or ';' or ':':
                Add(i, i + 1, TokenShape.Punctuation);
                return i + 1;
            case '?' or '!':
                AddMayEnd(i, i + 1, TokenShape.Punctuation);
                return i + 1;
            case '.':
                return Period(i, paragraphStart, end);
            case '\u2026':
                AddMayEnd(i, i + 1, TokenShape.Punctuation, TokenFlags.Ellipsis);
                return i + 1;
            case '[':
                var close = i + 1;
                while (close < end && close - i <= 3 && char.IsAsciiDigit(t[close]))
                {
                    close++;
                }

                if (close > i + 1 && close < end && t[close] == ']')
                {
                    Add(i, close + 1, TokenShape.Other, TokenFlags.FootnoteMarker);
                    return close + 1;
                }

                break;
        }

        if (TextChars.IsQuote(c))
        {
            return Quote(i, paragraphStart, end);
        }

        if (TextChars.IsSuperscriptDigit(c))
        {
            var k = i + 1;
            while (k < end && TextChars.IsSuperscriptDigit(t[k]))
            {
                k++;
            }

            Add(i, k, TokenShape.Other, TokenFlags.FootnoteMarker);
            return k;
        }

        if (TextChars.IsOpeningBracket(c))
        {
            Add(i, i + 1, TokenShape.Punctuation, TokenFlags.OpeningBracket);
        }
        else if (TextChars.IsClosingBracket(c))
        {
            Add(i, i + 1, TokenShape.Punctuation, TokenFlags.ClosingBracket);
        }
        else if (TextChars.IsDash(c) || TextChars.IsHyphen(c))
        {
            Add(i, i + 1, TokenShape.Punctuation, TokenFlags.Dash);
        }
        else if (TextChars.IsBullet(c))
        {
            Add(i, i + 1, TokenShape.Symbol);
        }
        else if (char.IsSurrogate(c))
        {
            var pair = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(t[i + 1]);
            Add(i, pair ? i + 2 : i + 1, pair ? Shapes.OfCodePoint(char.ConvertToUtf32(c, t[i + 1])) : TokenShape.Other);
            return pair ? i + 2 : i + 1;
        }
        else if (TextChars.IsStrongTerminal(c))
        {
            AddMayEnd(i, i + 1, Shapes.OfSymbolOrPunctuation(c));
        }
        else
        {
            Add(i, i + 1, Shapes.OfSymbolOrPunctuation(c));
        }

        return i + 1;
    }

    private int Period(int i, int paragraphStart, int end)
    {
        var t = _text;
        var run = i + 1;
        while (run < end && t[run] == '.')
        {
            run++;
        }

        if (run - i >= 2)
        {
            AddMayEnd(i, run, TokenShape.Punctuation, TokenFlags.Ellipsis);
            return run;
        }

        // ". . ." is one ellipsis; a period written against a word before it ("end. . . .") stays a period.
        if (SpacedDot(i + 1, end) && SpacedDot(i + 3, end))
        {
            var attached = i > paragraphStart && !TextChars.IsWhiteSpace(t[i - 1]);
            if (!(attached && SpacedDot(i + 5, end)))
            {
                AddMayEnd(i, i + 5, TokenShape.Punctuation, TokenFlags.Ellipsis);
                return i + 5;
            }
        }

        AddMayEnd(i, i + 1, TokenShape.Punctuation);
        return i + 1;
    }

    private bool SpacedDot(int at, int end) => at + 1 < end && _text[at] == ' ' && _text[at + 1] == '.';

    private int Quote(int i, int paragraphStart, int end)
    {
        var t = _text;
        var c = t[i];
        var prev = i > paragraphStart ? t[i - 1] : ' ';
        var next = i + 1 < end ? t[i + 1] : ' ';

        if (TextChars.IsApostrophe(c) && (TextChars.IsLetterOrDigit(prev) || prev == '.') && IsClitic(i, end))
        {
            Add(i, i + 2, Shapes.Of(t.AsSpan(i + 1, 1)), TokenFlags.Possessive);
            return i + 2;
        }

        // Plural possessive (countries’ law): an apostrophe after s, no single quotation open.
        if (TextChars.IsApostrophe(c) && !_singleOpen && prev is 's' or 'S'
            && (TextChars.IsWhiteSpace(next) || next is ',' or ';' or ':' or '.'))
        {
            Add(i, i + 1, TokenShape.Punctuation, TokenFlags.Possessive);
            return i + 1;
        }

        var afterSpace = TextChars.IsWhiteSpace(prev) || TextChars.IsOpeningBracket(prev) || TextChars.IsDash(prev)
            || TextChars.IsHyphen(prev) || TextChars.IsQuote(prev) || prev == '/';
        var beforeSpace = TextChars.IsWhiteSpace(next) || TextChars.IsClosingBracket(next) || TextChars.IsDash(next)
            || TextChars.IsQuote(next) || next is '.' or ',' or ';' or ':' or '!' or '?' or '\u2026';
        var isDouble = TextChars.IsDoubleQuote(c);
        bool opening;
        if (afterSpace != beforeSpace)
        {
            opening = afterSpace;
        }
        else if (TextChars.IsOpeningQuoteGlyph(c))
        {
            opening = true;
        }
        else if (TextChars.IsClosingQuoteGlyph(c))
        {
            opening = false;
        }
        else
        {
            opening = !(isDouble ? _doubleOpen : _singleOpen);
        }

        if (isDouble)
        {
            _doubleOpen = opening;
        }
        else
        {
            _singleOpen = opening;
        }

        Add(i, i + 1, TokenShape.Punctuation, opening ? TokenFlags.OpeningQuote : TokenFlags.ClosingQuote);
        return i + 1;
    }
}
