using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Attribution;

/// <summary>The <see cref="VoiceFacts"/> of every token of one document, found with one lookup per token and read
/// by the quote, claim, demand and rhetoric stages in place of their own lookups, plus the document's quotation
/// marks. Kept per thread for the document analysed last: the stages run one after the other on the same text
/// layer, so the first to ask finds the facts and the others read them.</summary>
/// <remarks>A stage takes the instance at the start of a call and reads it until it returns; the next document
/// on the same thread fills the same arrays again, so no call may keep it, and none does.</remarks>
internal sealed class VoiceTokens
{
    [ThreadStatic]
    private static VoiceTokens? current;

    private VoiceFacts[] facts = new VoiceFacts[1024];
    private int[] starts = new int[1024];
    private int startCount;
    private ImmutableArray<QuoteMarks.Piece> marks;
    private TextLayer? layer;
    private MentionStartsMemo mentionStarts;
    private VoiceWords? words;

    /// <summary>This thread's memo of <paramref name="layer"/>: the one kept from an earlier stage when it is the
    /// same layer, else an empty one.</summary>
    public static VoiceTokens For(TextLayer layer)
    {
        var memo = current ??= new VoiceTokens();
        if (!ReferenceEquals(memo.layer, layer))
        {
            memo.layer = layer;
            memo.words = null;
            memo.marks = default;
            memo.mentionStarts = default;
        }

        return memo;
    }

    /// <summary>The facts of the tokens of <paramref name="layer"/> by <paramref name="words"/>: those an earlier
    /// stage found, else found now.</summary>
    public static VoiceTokens Of(TextLayer layer, VoiceWords words)
    {
        var memo = For(layer);
        if (!ReferenceEquals(memo.words, words))
        {
            memo.Fill(layer, words);
        }

        return memo;
    }

    /// <summary>The facts of token <paramref name="index"/>.</summary>
    public VoiceFacts this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => facts[index];
    }

    /// <summary>The tokens with any of the <see cref="VoiceFacts.ItemStart"/> facts, in text order: the only tokens
    /// where a claim, a demand or a loaded term can start, so those stages walk this list, not every token.</summary>
    public ReadOnlySpan<int> Starts => starts.AsSpan(0, startCount);

    /// <summary>True when token <paramref name="index"/> has any of <paramref name="fact"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(int index, VoiceFacts fact) => (facts[index] & fact) != 0;

    /// <summary>The document's quotation marks (<see cref="QuoteMarks.Find"/>), found at the first request.</summary>
    public ImmutableArray<QuoteMarks.Piece> Marks()
    {
        if (marks.IsDefault && layer is { } text)
        {
            marks = QuoteMarks.Find(text.Text, text.Paragraphs);
        }

        return marks;
    }

    /// <summary>Uses <paramref name="found"/> as the document's quotation marks when none are known yet.</summary>
    public void ShareMarks(ImmutableArray<QuoteMarks.Piece> found)
    {
        if (marks.IsDefault && !found.IsDefault)
        {
            marks = found;
        }
    }

    /// <summary>The filter of mention starts a <see cref="VoiceContext"/> built for these very mentions of the
    /// document, or null.</summary>
    public VoiceContext.StartFilter? MentionStarts(
        ImmutableArray<PersonMention> persons, ImmutableArray<OrganizationMention> organizations, ImmutableArray<PlaceMention> places) =>
        mentionStarts.Known && mentionStarts.Persons == persons && mentionStarts.Organizations == organizations && mentionStarts.Places == places
            ? mentionStarts.Filter
            : null;

    /// <summary>Keeps the filter of mention starts built for these mentions, for the next stage.</summary>
    public void KeepMentionStarts(
        ImmutableArray<PersonMention> persons, ImmutableArray<OrganizationMention> organizations, ImmutableArray<PlaceMention> places,
        VoiceContext.StartFilter filter) =>
        mentionStarts = new MentionStartsMemo(true, persons, organizations, places, filter);

    private void Fill(TextLayer layer, VoiceWords words)
    {
        // Forget the old facts first: should a lookup throw, no half-filled array stays keyed to the words.
        this.words = null;
        var tokens = layer.Tokens.AsSpan();
        if (facts.Length < tokens.Length)
        {
            facts = new VoiceFacts[Math.Max(tokens.Length, facts.Length * 2)];
            starts = new int[facts.Length];
        }

        var lower = layer.Lower.AsSpan();
        var output = facts.AsSpan(0, tokens.Length);
        var found = starts.AsSpan(0, tokens.Length);
        var count = 0;
        var ids = TokenWordIds.Of(layer, words.Shared.Ids);
        var byId = words.ById;

        // Hyphens are rare: jump from one to the next over the whole text rather than scan every token for one.
        var dash = lower.IndexOf('-');
        for (var t = 0; t < tokens.Length; t++)
        {
            var span = tokens[t].Span;
            var fact = SharedWords.ValueOf(byId, ids[t]);

            // "doesn't", "didn’t": negations by their ending.
            if (span.Length >= 3 && lower[span.End - 1] == 't' && lower[span.End - 3] == 'n' && lower[span.End - 2] is '\'' or '’')
            {
                fact |= VoiceFacts.Negation;
            }

            // A hyphen with a character on each side: at an offset from the token's second to its last but one.
            while (dash >= 0 && dash < span.Start + 1)
            {
                var next = lower[(dash + 1)..].IndexOf('-');
                dash = next < 0 ? -1 : dash + 1 + next;
            }

            if (dash >= 0 && dash <= span.End - 2)
            {
                fact |= VoiceFacts.Hyphenated;
            }

            output[t] = fact;

            // Written always, kept only when it counts: no branch on a bit that follows the text.
            found[count] = t;
            count += (fact & VoiceFacts.ItemStart) != 0 ? 1 : 0;
        }

        startCount = count;

        this.words = words;
    }

    /// <summary>A filter of mention starts with the mention arrays it was built from (compared by identity).</summary>
    private readonly record struct MentionStartsMemo(
        bool Known,
        ImmutableArray<PersonMention> Persons,
        ImmutableArray<OrganizationMention> Organizations,
        ImmutableArray<PlaceMention> Places,
        VoiceContext.StartFilter Filter);
}
