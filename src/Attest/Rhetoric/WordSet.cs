using Attest.Lexicons;

namespace Attest.Rhetoric;

/// <summary>A fixed set of lower-case words, asked about tokens by span. The rhetoric rules ask it about most
/// tokens near every label, so it sits on <see cref="WordLookup{TValue}"/>, whose bitmap answers most misses without
/// hashing, rather than on a frozen set.</summary>
internal sealed class WordSet
{
    private readonly WordLookup<bool> words;

    public WordSet(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        this.words = new WordLookup<bool>(words.Select(w => KeyValuePair.Create(w, true)));
    }

    /// <summary>True when <paramref name="word"/> is in the set, compared ordinally.</summary>
    public bool Contains(ReadOnlySpan<char> word) => words.TryGetValue(word, out _);
}
