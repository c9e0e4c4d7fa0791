using System.Buffers;
using System.Runtime.CompilerServices;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>The <see cref="NumberFacts"/> of every token of one document, found with one lookup per token and read
/// by the time and figure stages in place of their own lookups, with the tokens where each stage's rules may
/// start. Kept per thread for the document analysed last: the stages run one after the other on the same text
/// layer, so the first to ask finds the facts and the other reads them.</summary>
/// <remarks>A stage takes the instance at the start of a call and reads it until it returns; the next document
/// on the same thread fills the same arrays again, so no call may keep it, and none does.</remarks>
internal sealed class NumberTokens
{
    /// <summary>The shapes of word tokens the time grammar looks up, and of the tokens it reads digits from, as bit masks.</summary>
    private const int WordShapes = (1 << (int)TokenShape.Lower) | (1 << (int)TokenShape.Capitalized) | (1 << (int)TokenShape.AllCaps) |
        (1 << (int)TokenShape.Mixed);

    private const int NumberShapes = (1 << (int)TokenShape.Number) | (1 << (int)TokenShape.Alphanumeric);

    /// <summary>The facts that make a word token a candidate of either stage, or make the token after it one.</summary>
    private const NumberFacts SlowFacts = NumberFacts.TimeStart | NumberFacts.TimePhraseStart | NumberFacts.The | NumberFacts.FigureMayStart;

    /// <summary>A hyphen and the characters folding changes (<see cref="TokenFold.Chars"/>), found in one search.</summary>
    internal static readonly SearchValues<char> Special = SearchValues.Create("-\u2019\u02BC\u2010\u2011");

    [ThreadStatic]
    private static NumberTokens? current;

    private NumberFacts[] facts = new NumberFacts[1024];
    private int[] timeStarts = new int[256];
    private int[] figureStarts = new int[256];
    private int count;
    private int timeStartCount;
    private int figureStartCount;
    private TextLayer? layer;
    private NumberWords? words;

    /// <summary>The facts of the tokens of <paramref name="layer"/> by <paramref name="words"/>: those an earlier
    /// stage found, else found now.</summary>
    public static NumberTokens Of(TextLayer layer, NumberWords words)
    {
        var memo = current ??= new NumberTokens();
        if (!ReferenceEquals(memo.layer, layer) || !ReferenceEquals(memo.words, words))
        {
            memo.Fill(layer, words);
        }

        return memo;
    }

    /// <summary>The facts of every token, by token index.</summary>
    public ReadOnlySpan<NumberFacts> Facts => facts.AsSpan(0, count);

    /// <summary>The array behind <see cref="Facts"/>, for a reader that keeps it in a field; longer than the
    /// document, and valid only up to its token count.</summary>
    public NumberFacts[] FactArray => facts;

    /// <summary>The tokens, in order, where a time expression may start: numbers, words with letters and digits,
    /// time words of a starting role, the first words of time phrases that go on, and hyphenated words; and the
    /// qualifier or quote after a "the", where the grammar decides whether the "the" starts one ("the early
    /// 2000s", "the '90s"). Every token where the grammar's classification starts an expression is among them, or
    /// is the "the" before one of them; a sentence with none of them has no time.</summary>
    public ReadOnlySpan<int> TimeStarts => timeStarts.AsSpan(0, timeStartCount);

    /// <summary>The tokens, in order, where a figure may start: numbers, figure words that may start one
    /// (<see cref="FigureWord.MayStart"/>), and unknown hyphenated words of three characters or more; never a
    /// footnote or list marker.</summary>
    public ReadOnlySpan<int> FigureStarts => figureStarts.AsSpan(0, figureStartCount);

    /// <summary>The first hyphen or character that folding changes at or after <paramref name="from"/>;
    /// <see cref="int.MaxValue"/> when none is left.</summary>
    private static int NextSpecial(ReadOnlySpan<char> lower, int from)
    {
        var found = lower[from..].IndexOfAny(Special);
        return found < 0 ? int.MaxValue : from + found;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Fill(TextLayer layer, NumberWords words)
    {
        // Forget the old facts first: should a lookup throw, no half-filled array stays keyed to the layer.
        this.layer = null;
        this.words = null;
        var tokens = layer.Tokens.AsSpan();
        if (facts.Length < tokens.Length)
        {
            var size = Math.Max(tokens.Length, facts.Length * 2);
            facts = new NumberFacts[size];
            timeStarts = new int[size];
            figureStarts = new int[size];
        }

        var lower = layer.Lower.AsSpan();
        const NumberFacts FigureSide = NumberFacts.FigureIdBits | NumberFacts.FigureMayStart;

        // Hyphens and characters that fold are rare: jump from one to the next over the whole text rather than
        // search every token for one. The nearest is at or after the token's start, or past the end when none is left.
        var special = NextSpecial(lower, 0);
        var vocabulary = words.Shared.Ids;
        var ids = TokenWordIds.Of(layer, vocabulary);
        var byId = words.FactsOf(vocabulary);
        var times = 0;
        var figures = 0;
        var phraseBefore = false;
        var theBefore = false;

        // The facts that make a token a candidate because of the word before it: the second word of a phrase after
        // a word that starts one, a qualifier after "the".
        var after = NumberFacts.None;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var span = token.Span;
            var fact = byId[ids[t]];
            var shape = token.Shape;

            // Most tokens are words that start nothing, with nothing to read in their characters and nothing the word
            // before waits for: their facts are their word's, and they are no candidate of either stage.
            if ((fact & (SlowFacts | after)) == 0 && (NumberShapes & (1 << (int)shape)) == 0 && span.End <= special && !(theBefore && span.Length == 1))
            {
                facts[t] = fact;
                (phraseBefore, theBefore, after) = (false, false, NumberFacts.None);
                continue;
            }

            var word = lower.Slice(span.Start, span.Length);
            while (special < span.Start)
            {
                special = NextSpecial(lower, special + 1);
            }

            var folds = false;
            while (special < span.End)
            {
                if (lower[special] == '-')
                {
                    fact |= NumberFacts.Hyphen;
                }
                else
                {
                    folds = true;
                }

                special = NextSpecial(lower, special + 1);
            }

            if (shape == TokenShape.Number)
            {
                // The figure rules never read a word for a number.
                fact &= ~FigureSide;
            }
            else if (folds)
            {
                // The figure side reads the token folded ("twenty‑three" as "twenty-three"), the time side as written.
                fact = (fact & ~FigureSide) | words.FigureOf(word);
            }

            facts[t] = fact;

            // As the figure scanner chose its candidates: a number, a figure word that may start one, or an unknown
            // word with a hyphen between characters ("twenty-three"); a marker starts none. Every token is written
            // and only a candidate moves the end on: no branch to mispredict on the common token.
            var figureStart = (fact & NumberFacts.FigureIdBits) != 0
                ? (fact & NumberFacts.FigureMayStart) != 0
                : shape == TokenShape.Number || (word.Length >= 3 && (fact & NumberFacts.Hyphen) != 0);
            figureStarts[figures] = t;
            figures += figureStart && (token.Flags & (TokenFlags.FootnoteMarker | TokenFlags.ListMarker)) == 0 ? 1 : 0;

            // A phrase starts at the word before when this word goes on with it ("the day before").
            if (phraseBefore && (fact & NumberFacts.TimePhraseSecond) != 0 && (times == 0 || timeStarts[times - 1] != t - 1))
            {
                timeStarts[times++] = t - 1;
            }

            // "the" starts an expression when a qualifier or a quote follows it ("the early 2000s", "the '90s"): the
            // grammar decides that at the token after, which it reads only if that token is among the starts too.
            var afterThe = theBefore && ((fact & NumberFacts.Qualifier) != 0 || (word.Length == 1 && word[0] is '\'' or '’'));
            var isWord = (WordShapes & (1 << (int)shape)) != 0;
            timeStarts[times] = t;
            times += (NumberShapes & (1 << (int)shape)) != 0 || (isWord && (fact & (NumberFacts.TimeStart | NumberFacts.Hyphen)) != 0) || afterThe ? 1 : 0;
            phraseBefore = isWord && (fact & NumberFacts.TimePhraseStart) != 0;
            theBefore = (fact & NumberFacts.The) != 0;
            after = (phraseBefore ? NumberFacts.TimePhraseSecond : NumberFacts.None) | (theBefore ? NumberFacts.Qualifier : NumberFacts.None);
        }

        count = tokens.Length;
        timeStartCount = times;
        figureStartCount = figures;
        this.layer = layer;
        this.words = words;
    }
}
