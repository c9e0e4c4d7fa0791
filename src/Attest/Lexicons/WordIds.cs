using Attest.Text;

namespace Attest.Lexicons;

/// <summary>Dense ids, from 1, for a vocabulary of lower-case words, found for a token of a text with one lookup:
/// in <see cref="PackedWords{TValue}"/> for a word of plain ASCII (nearly every token), in the general table for
/// the rest. 0 stands for a token that is no word of the vocabulary. Immutable and thread-safe.</summary>
internal sealed class WordIds
{
    private readonly Dictionary<string, int> ids;
    private readonly PackedWords<int> packed;
    private readonly WordLookup<int> general;

    /// <summary>Numbers <paramref name="words"/> in order from 1; a word given twice keeps its first id.</summary>
    public WordIds(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var inOrder = new List<string>();
        foreach (var word in words)
        {
            if (ids.TryAdd(word, inOrder.Count + 1))
            {
                inOrder.Add(word);
            }
        }

        Words = [.. inOrder];
        packed = new PackedWords<int>(ids);
        general = new WordLookup<int>(ids);
    }

    /// <summary>The words in id order: the word of id <c>k</c> is at index <c>k - 1</c>.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The largest id.</summary>
    public int Count => Words.Count;

    /// <summary>The id of <paramref name="word"/>, or 0 when it is none of the words.</summary>
    public int IdOf(string word) => ids.GetValueOrDefault(word);

    /// <summary>The id of the token at <paramref name="span"/> of <paramref name="lowerText"/> (a text's lower-case
    /// twin), or 0 when it is none of the words.</summary>
    public int Find(string lowerText, Span span)
    {
        if (packed.TryFind(lowerText, span, out var found))
        {
            return found;
        }

        return general.TryGetValue(span.In(lowerText), out var id) ? id : 0;
    }
}
