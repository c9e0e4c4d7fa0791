using Attest.Text;

namespace Attest.Lexicons;

/// <summary>The <see cref="WordIds"/> of every token of one document, found with one lookup per token and read by
/// every stage that keeps its word facts by id (<see cref="SharedWords"/>). Kept per thread for the document
/// analysed last: the stages run one after the other on the same text layer, so the first to ask finds the ids
/// and the others read them.</summary>
/// <remarks>A caller reads the ids at once and keeps no reference: the next document on the same thread fills the
/// same array again.</remarks>
internal sealed class TokenWordIds
{
    [ThreadStatic]
    private static TokenWordIds? current;

    private int[] ids = new int[1024];
    private TextLayer? layer;
    private WordIds? words;

    private TokenWordIds()
    {
    }

    /// <summary>The id by <paramref name="words"/> of each token of <paramref name="layer"/>, by token index.</summary>
    public static ReadOnlySpan<int> Of(TextLayer layer, WordIds words)
    {
        var memo = current ??= new TokenWordIds();
        if (!ReferenceEquals(memo.layer, layer) || !ReferenceEquals(memo.words, words))
        {
            memo.Fill(layer, words);
        }

        return memo.ids.AsSpan(0, layer.Tokens.Length);
    }

    private void Fill(TextLayer layer, WordIds words)
    {
        // Forget the old ids first: should a lookup throw, no half-filled array stays keyed to the layer.
        this.layer = null;
        this.words = null;
        var tokens = layer.Tokens.AsSpan();
        if (ids.Length < tokens.Length)
        {
            ids = new int[Math.Max(tokens.Length, ids.Length * 2)];
        }

        var lower = layer.Lower;
        for (var t = 0; t < tokens.Length; t++)
        {
            ids[t] = words.Find(lower, tokens[t].Span);
        }

        this.layer = layer;
        this.words = words;
    }
}
