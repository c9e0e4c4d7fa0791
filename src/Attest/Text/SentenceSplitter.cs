namespace Attest.Text;

/// <summary>Splits the tokens of one paragraph into sentences, in one pass.</summary>
/// <remarks>
/// A sentence can end after <c>?</c>, <c>!</c>, a period, an ellipsis or an abbreviation; closing quotes,
/// closing brackets, footnote markers and further <c>?!</c> right after it stay with it. Whether it does
/// end depends on the first word after those (looking through opening quotes and brackets):
/// <list type="bullet">
/// <item><c>?</c> <c>!</c> and a period: it ends before a capital (or a letter of a script without case);
/// a period also before a number when a word or number precedes it ("in 1990. 25 people").</item>
/// <item>an ellipsis: before a capital other than the pronoun "I"; never inside brackets ("[...]").</item>
/// <item>an abbreviation: never after a title (<c>Mr.</c>); after an initial (<c>J.</c>) only before a sentence
/// starter, or before a capital when a lower-case word or number precedes the initial ("you and I. Did");
/// after <c>position=final</c> (<c>etc.</c>) before any capital; otherwise before a sentence starter, or before a
/// title when the abbreviation follows a figure that does not open the sentence ("at 6 P.M. Mr. Smith").</item>
/// </list>
/// Inline list items ("1. one 2. two") start new sentences. Nothing inside a sentence is ever a boundary
/// because of quotes alone: "He left. She stayed," splits where the new sentence starts.
/// </remarks>
internal sealed class SentenceSplitter(
    string text, string lower, AbbreviationLexicon lexicon, PooledList<Token> tokens, PooledList<int> mayEnd,
    PooledList<Sentence> sentences)
{
    private const TokenFlags NeverTerminal =
        TokenFlags.ListMarker | TokenFlags.FootnoteMarker | TokenFlags.Url | TokenFlags.Email;

    private readonly string _text = text;
    private readonly string _lower = lower;
    private readonly AbbreviationLexicon _lexicon = lexicon;
    private readonly PooledList<Token> _tokens = tokens;

    /// <summary>The indices, in order, of the tokens that may end a sentence, listed by the <see cref="Tokenizer"/>
    /// as it adds them (a superset of those <see cref="MayEnd"/> accepts: list markers are flagged later).</summary>
    private readonly PooledList<int> _mayEnd = mayEnd;
    private readonly PooledList<Sentence> _sentences = sentences;
    private readonly List<int> _itemStarts = [];

    /// <summary>The first entry of <see cref="_mayEnd"/> not yet passed: the paragraphs are split in order.</summary>
    private int _nextMayEnd;

    private enum Terminal : byte
    {
        None,
        Strong,
        Period,
        Ellipsis,
        Abbreviation,
    }

    /// <summary>Splits the paragraph made of <c>tokens[first..end)</c>.</summary>
    public void Split(int first, int end)
    {
        if (first >= end)
        {
            return;
        }

        _itemStarts.Clear();
        ListMarkers.Mark(_text, _tokens, first, end, _itemStarts);
        var start = first;
        var item = 0;
        var i = first;

        // The tokens are complete for this paragraph, so the scan reads them from one span; the token list
        // only grows when the next paragraph is tokenized.
        var tokens = _tokens.AsSpan();
        var mayEnd = _mayEnd.AsSpan();
        var next = _nextMayEnd;
        while (i < end)
        {
            while (item < _itemStarts.Count && _itemStarts[item] <= i)
            {
                if (_itemStarts[item] == i && i > start)
                {
                    Emit(start, i);
                    start = i;
                }

                item++;
            }

            // Most tokens can end nothing: passed over here, straight to the next listed token that may, up to
            // the next inline list item.
            var stop = item < _itemStarts.Count ? _itemStarts[item] : end;
            while (next < mayEnd.Length && mayEnd[next] < i)
            {
                next++;
            }

            while (next < mayEnd.Length && mayEnd[next] < stop && !MayEnd(tokens[mayEnd[next]]))
            {
                next++;
            }

            i = next < mayEnd.Length && mayEnd[next] < stop ? mayEnd[next] : stop;
            if (i == stop)
            {
                continue;
            }

            var boundary = BoundaryAfter(i, start, end, out var resume);
            if (boundary < 0)
            {
                // Tokens absorbed after a terminal that did not end the sentence would reach the same verdict.
                i = resume;
                continue;
            }

            Emit(start, boundary);
            start = boundary;
            i = boundary;
        }

        _nextMayEnd = next;

        if (start < end)
        {
            Emit(start, end);
        }
    }

    private void Emit(int first, int end) => _sentences.Add(new Sentence(
        Span.FromBounds(_tokens[first].Span.Start, _tokens[end - 1].Span.End), first, end - first));

    /// <summary>When a sentence ends with token <paramref name="i"/>, the index of the first token of the next
    /// sentence (after absorbed closers); otherwise -1, with <paramref name="resume"/> the next token to look at.</summary>
    private int BoundaryAfter(int i, int start, int end, out int resume)
    {
        resume = i + 1;
        var token = _tokens[i];
        var kind = Classify(token, i, start, end);
        if (kind == Terminal.None)
        {
            return -1;
        }

        var j = i + 1;
        while (j < end && Absorbs(_tokens[j]))
        {
            if (IsStrong(_tokens[j]))
            {
                kind = Terminal.Strong;
            }

            j++;
        }

        resume = j;

        if (j >= end)
        {
            return end;
        }

        var next = _tokens[j];

        // "compounds. . . . The": the period ends the sentence, the spaced ellipsis opens the next one.
        if (kind == Terminal.Period && next.Has(TokenFlags.Ellipsis) && next.Span.Length == 5)
        {
            var after = j + 1;
            while (after < end && Absorbs(_tokens[after]))
            {
                after++;
            }

            return after < end && StartsUpper(_tokens[after]) ? j : -1;
        }

        if (next.Shape is TokenShape.Punctuation or TokenShape.Symbol
            && (next.Flags & (TokenFlags.OpeningQuote | TokenFlags.OpeningBracket)) == 0)
        {
            return -1;
        }

        var w = j;
        while (w < end && (_tokens[w].Flags & (TokenFlags.OpeningQuote | TokenFlags.OpeningBracket)) != 0)
        {
            w++;
        }

        if (w >= end)
        {
            return -1;
        }

        var word = _tokens[w];
        var upper = StartsUpper(word);
        var digit = TextChars.IsDigit(_text[word.Span.Start]);
        switch (kind)
        {
            case Terminal.Strong:
                return upper || digit ? j : -1;
            case Terminal.Period:
                if (upper)
                {
                    return j;
                }

                return digit && i > start && IsWordOrNumber(_tokens[i - 1]) ? j : -1;
            case Terminal.Ellipsis:
                return upper && !IsPronounI(word) ? j : -1;
            default:
                return AbbreviationEnds(token, i, start, word, upper) ? j : -1;
        }
    }

    /// <summary>False when <see cref="Classify"/> would find no terminal: most tokens are words, commas and quotes
    /// that can end nothing, and they are passed over without the full look.</summary>
    private bool MayEnd(Token token) =>
        (token.Flags & NeverTerminal) == 0
        && ((token.Flags & (TokenFlags.Ellipsis | TokenFlags.Abbreviation)) != 0
            || (token.Span.Length == 1 && IsTerminalChar(_text[token.Span.Start])));

    private static bool IsTerminalChar(char c) => c == '.' || TextChars.IsStrongTerminal(c);

    private Terminal Classify(Token token, int i, int start, int end)
    {
        if ((token.Flags & NeverTerminal) != 0)
        {
            return Terminal.None;
        }

        if (token.Has(TokenFlags.Ellipsis))
        {
            if (i == start
                || (_tokens[i - 1].Has(TokenFlags.OpeningBracket) && i + 1 < end && _tokens[i + 1].Has(TokenFlags.ClosingBracket)))
            {
                return Terminal.None;
            }

            // Four dots written together are a period plus an ellipsis.
            return token.Span.Length >= 4 && _text[token.Span.Start + 1] == '.' ? Terminal.Period : Terminal.Ellipsis;
        }

        if (token.Has(TokenFlags.Abbreviation))
        {
            return Terminal.Abbreviation;
        }

        if (token.Span.Length != 1)
        {
            return Terminal.None;
        }

        var c = _text[token.Span.Start];
        return c == '.' ? Terminal.Period : TextChars.IsStrongTerminal(c) ? Terminal.Strong : Terminal.None;
    }

    private bool AbbreviationEnds(Token abbreviation, int i, int start, Token word, bool upper)
    {
        if (abbreviation.Has(TokenFlags.Title) || !upper)
        {
            return false;
        }

        if (abbreviation.Has(TokenFlags.Initial))
        {
            if (word.Has(TokenFlags.Initial))
            {
                return false;
            }

            if (IsStarter(word))
            {
                return true;
            }

            // "you and I. Did" ends; "Albert I. Jones" and "J. Smith" do not.
            return i > start && _tokens[i - 1].Shape is TokenShape.Lower or TokenShape.Number or TokenShape.Alphanumeric;
        }

        if (_lexicon.TryGetAbbreviation(abbreviation.Span.In(_text), out var position)
            && position == AbbreviationPosition.Final)
        {
            return true;
        }

        // "He left at 6 P.M. Mr. Smith then went": a figure with its unit closes a phrase that no name continues,
        // so a title after it starts a sentence; but not when the figure opens the sentence ("At 5 a.m. Mr. Smith
        // went"), where the name is the subject of the clause that phrase introduces.
        return IsStarter(word) || (word.Has(TokenFlags.Title) && i - 1 > start + 1 && _tokens[i - 1].Shape == TokenShape.Number);
    }

    private bool IsStarter(Token word) => _lexicon.IsSentenceStarter(word.Span.In(_lower));

    private bool StartsUpper(Token token) => TextChars.IsSentenceInitialLetter(_text[token.Span.Start]);

    private bool IsStrong(Token token) => token.Span.Length == 1 && TextChars.IsStrongTerminal(_text[token.Span.Start]);

    private bool Absorbs(Token token) =>
        (token.Flags & (TokenFlags.ClosingQuote | TokenFlags.ClosingBracket | TokenFlags.FootnoteMarker)) != 0
        || IsStrong(token);

    private bool IsPronounI(Token word)
    {
        var span = word.Span.In(_text);
        return span is "I" || (span.Length >= 3 && span[0] == 'I' && TextChars.IsApostrophe(span[1]));
    }

    private static bool IsWordOrNumber(Token token) =>
        token.Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed
            or TokenShape.Uncased or TokenShape.Alphanumeric or TokenShape.Number
        && (token.Flags & (TokenFlags.ListMarker | TokenFlags.Abbreviation)) == 0;
}
