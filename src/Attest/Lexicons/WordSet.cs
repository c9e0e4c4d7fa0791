namespace Attest.Lexicons;

/// <summary>A fixed set of lower-case words, asked about tokens by span. The stages ask such sets about most tokens
/// of a text, so it sits on <see cref="WordLookup{TValue}"/>, whose bitmap of lengths and end characters turns
/// nearly every other word away without hashing, rather than on a frozen set. Immutable and thread-safe.</summary>
internal sealed class WordSet
{
    private readonly WordLookup<bool> words;

    public WordSet(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        this.words = new WordLookup<bool>(words.Select(w => KeyValuePair.Create(w, true)));
    }

    /// <summary>True when <paramref name="word"/> is in the set, compared ordinally.</summary>
    public bool Contains(ReadOnlySpan<char> word) => words.Contains(word);
}
