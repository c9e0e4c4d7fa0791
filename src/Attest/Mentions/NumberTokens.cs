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
    /// time words of a starting role, the first words of time phrases that go on, and hyphenated words. Every
    /// token where the grammar's classification starts an expression is among them; a sentence with none of them
    /// has no time.</summary>
    public ReadOnlySpan<int> TimeStarts => timeStarts.AsSpan(0, timeStartCount);

    /// <summary>The tokens, in order, where a figure may start: numbers, figure words that may start one
    /// (<see cref="FigureWord.MayStart"/>), and unknown hyphenated words of three characters or more; never a
    /// footnote or list marker.</summary>
    public ReadOnlySpan<int> FigureStarts => figureStarts.AsSpan(0, figureStartCount);

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
        // search every token for one.
        var dash = lower.IndexOf('-');
        var fold = lower.IndexOfAny(TokenFold.Chars);
        var ids = TokenWordIds.Of(layer, words.Shared.Ids);
        var byId = words.ById;
        var times = 0;
        var figures = 0;
        var phraseBefore = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var span = token.Span;
            var word = lower.Slice(span.Start, span.Length);
            var fact = SharedWords.ValueOf(byId, ids[t]);
            while (dash >= 0 && dash < span.Start)
            {
                var next = lower[(dash + 1)..].IndexOf('-');
                dash = next < 0 ? -1 : dash + 1 + next;
            }

            if (dash >= 0 && dash < span.End)
            {
                fact |= NumberFacts.Hyphen;
            }

            while (fold >= 0 && fold < span.Start)
            {
                var next = lower[(fold + 1)..].IndexOfAny(TokenFold.Chars);
                fold = next < 0 ? -1 : fold + 1 + next;
            }

            var shape = token.Shape;
            if (shape == TokenShape.Number)
            {
                // The figure rules never read a word for a number.
                fact &= ~FigureSide;
            }
            else if (fold >= 0 && fold < span.End)
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

            var isWord = (WordShapes & (1 << (int)shape)) != 0;
            timeStarts[times] = t;
            times += (NumberShapes & (1 << (int)shape)) != 0 || (isWord && (fact & (NumberFacts.TimeStart | NumberFacts.Hyphen)) != 0) ? 1 : 0;
            phraseBefore = isWord && (fact & NumberFacts.TimePhraseStart) != 0;
        }

        count = tokens.Length;
        timeStartCount = times;
        figureStartCount = figures;
        this.layer = layer;
        this.words = words;
    }
}
