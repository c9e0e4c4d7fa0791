using System.Runtime.CompilerServices;

namespace Attest.Lexicons;

/// <summary>The per-token word tables of the stages built from one <see cref="LexiconSet"/>, joined in one
/// vocabulary: each stage registers its words once, when its tables are compiled, and gets back its values by
/// word id; a document's tokens are then looked up once for all the stages (<see cref="TokenWordIds"/>), and each
/// stage reads its own values by id instead of looking every token up in a table of its own.</summary>
/// <remarks>A registration only adds words, with ids after the earlier ones, so the values a stage got by id stay
/// right for every later vocabulary: an id past the end of a stage's array is a word the stage does not know.
/// Thread-safe.</remarks>
internal sealed class SharedWords
{
    private static readonly ConditionalWeakTable<LexiconSet, SharedWords> BySet = new();

    private readonly Lock gate = new();
    private volatile WordIds ids = new([]);

    private SharedWords()
    {
    }

    /// <summary>The vocabulary of every word registered so far.</summary>
    public WordIds Ids => ids;

    /// <summary>The shared vocabulary of the stages built from <paramref name="lexicons"/>.</summary>
    public static SharedWords For(LexiconSet lexicons) => BySet.GetValue(lexicons, static _ => new SharedWords());

    /// <summary>Adds the words of <paramref name="values"/> to the vocabulary and returns their values by id.</summary>
    public TValue[] Register<TValue>(IReadOnlyDictionary<string, TValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        lock (gate)
        {
            // A stage built again from the same lexicons registers the same words: the vocabulary stays as it is.
            var next = values.Keys.All(word => ids.IdOf(word) != 0) ? ids : new WordIds(ids.Words.Concat(values.Keys));
            var byId = new TValue[next.Count + 1];
            foreach (var (word, value) in values)
            {
                byId[next.IdOf(word)] = value;
            }

            ids = next;
            return byId;
        }
    }

    /// <summary>The value of word <paramref name="id"/> in <paramref name="byId"/> (from <see cref="Register"/>), or
    /// default for a word registered after it or for no word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TValue ValueOf<TValue>(TValue[] byId, int id) => (uint)id < (uint)byId.Length ? byId[id] : default!;
}
