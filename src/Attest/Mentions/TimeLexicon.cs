using System.Globalization;
using System.Runtime.CompilerServices;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>The time words of a <see cref="LexiconSet"/> (every kind starting with <c>time-</c>, documented in
/// <c>docs/lexicons.md</c>), compiled once into a lookup from a lower-case token to its <see cref="TimeWord"/>,
/// plus the multi-token phrases keyed by their first token. Immutable and thread-safe.</summary>
internal sealed class TimeLexicon
{
    /// <summary>The prefix shared by every kind this lexicon reads.</summary>
    public const string KindPrefix = "time-";

    private readonly WordLookup<TimeWord> words;
    private readonly WordLookup<NumberFacts> factLookup;
    private readonly TimeWord[] wordsById;
    private readonly WordLookup<Phrase[]> phrases;

    /// <summary>The second token of every phrase: a cheap test that rules out most phrase starts.</summary>
    private readonly WordSet secondWords;

    public TimeLexicon(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var single = new Dictionary<string, TimeWord>(StringComparer.Ordinal);
        var multi = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var entry in lexicons.All)
        {
            if (!entry.Kind.StartsWith(KindPrefix, StringComparison.Ordinal) || Role(entry.Kind) is not { } role)
            {
                continue;
            }

            Add(entry.Name, shortForm: false);
            foreach (var alias in entry.Aliases)
            {
                Add(alias, shortForm: role is TimeRoles.Month or TimeRoles.Weekday);
            }

            void Add(string form, bool shortForm)
            {
                var parts = form.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0)
                {
                    return;
                }

                var word = Word(entry, role, parts.Length, shortForm);
                if (parts.Length == 1)
                {
                    single[parts[0]] = single.TryGetValue(parts[0], out var known) ? known.Merge(word) : word;
                    return;
                }

                if (!multi.TryGetValue(parts[0], out var list))
                {
                    multi[parts[0]] = list = [];
                }

                list.Add(new Phrase(parts[1..], word));
                var starter = new TimeWord { StartsPhrase = true };
                single[parts[0]] = single.TryGetValue(parts[0], out var first) ? first.Merge(starter) : starter;
            }
        }

        words = new WordLookup<TimeWord>(single);
        phrases = new WordLookup<Phrase[]>(multi.Select(p => KeyValuePair.Create(p.Key, p.Value.OrderByDescending(x => x.Rest.Length).ToArray())));
        var seconds = multi.Values.SelectMany(list => list).Select(p => p.Rest[0]).Distinct(StringComparer.Ordinal).ToList();
        secondWords = new WordSet(seconds);
        var (facts, byId) = CompileFacts(single, seconds);
        factLookup = new WordLookup<NumberFacts>(facts);
        wordsById = byId;
        FactWords = facts.Keys;
    }

    /// <summary>The roles of a word that can start an expression.</summary>
    public const TimeRoles StartRoles = TimeRoles.Month | TimeRoles.Weekday | TimeRoles.RelativeDay | TimeRoles.Modifier |
        TimeRoles.Number | TimeRoles.Ordinal;

    /// <summary>Every word <see cref="Facts"/> knows: a word not among them has no time facts.</summary>
    public IReadOnlyCollection<string> FactWords { get; }

    /// <summary>The time side of the <see cref="NumberFacts"/> of one lower-case token: its word (as <see cref="Word(ReadOnlySpan{char})"/>
    /// finds it), whether it starts an expression or a phrase, whether it goes on with a phrase, and its word classes
    /// (<see cref="TimeGrammarWords"/>). The token's own facts, such as <see cref="NumberFacts.Hyphen"/>, are not
    /// included.</summary>
    public NumberFacts Facts(ReadOnlySpan<char> lower) => factLookup.TryGetValue(lower, out var found) ? found : NumberFacts.None;

    /// <summary>The word of <paramref name="fact"/>; default when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly TimeWord WordOf(NumberFacts fact) => ref wordsById[(int)(fact & NumberFacts.TimeIdBits)];

    /// <summary>The facts of every word: each time word and phrase word also with a final period ("jan.", which
    /// <see cref="Word(ReadOnlySpan{char})"/> reads as "jan"), so that one lookup of the token as written answers for both readings.</summary>
    private static (Dictionary<string, NumberFacts> Facts, TimeWord[] ById) CompileFacts(Dictionary<string, TimeWord> single, List<string> seconds)
    {
        // Index 0 stands for "no word".
        var byId = new List<TimeWord> { default };
        var idOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, word) in single)
        {
            idOf[form] = byId.Count;
            byId.Add(word);
        }

        if (byId.Count > (int)NumberFacts.TimeIdBits)
        {
            throw new InvalidOperationException("The time lexicon has more words than a token's facts can index.");
        }

        var classes = new (string[] Words, NumberFacts Fact)[]
        {
            (TimeGrammarWords.PrepositionWords, NumberFacts.Preposition),
            (TimeGrammarWords.TemporalPrepositionWords, NumberFacts.TemporalPreposition),
            (TimeGrammarWords.DeterminerWords, NumberFacts.Determiner),
            (TimeGrammarWords.ConnectorWords, NumberFacts.Connector),
            (TimeGrammarWords.SpanOpenerWords, NumberFacts.SpanOpener),
            (TimeGrammarWords.QualifierWords, NumberFacts.Qualifier),
            (TimeGrammarWords.FutureCueWords, NumberFacts.FutureCue),
            (TimeGrammarWords.NameLinkWords, NumberFacts.NameLink),
            (TimeGrammarWords.NotPluralWords, NumberFacts.NotPlural),
            ([TimeGrammarWords.The], NumberFacts.The),
            ([TimeGrammarWords.Of], NumberFacts.Of),
            ([TimeGrammarWords.And], NumberFacts.And),
            ([TimeGrammarWords.Leading], NumberFacts.Leading),
        };
        var keys = new HashSet<string>(single.Keys, StringComparer.Ordinal);
        keys.UnionWith(single.Keys.Select(w => w + "."));
        keys.UnionWith(seconds);
        keys.UnionWith(seconds.Select(w => w + "."));
        foreach (var (words, _) in classes)
        {
            keys.UnionWith(words);
        }

        var secondSet = new HashSet<string>(seconds, StringComparer.Ordinal);
        var facts = new Dictionary<string, NumberFacts>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var fact = NumberFacts.None;
            var trimmed = Trim(key);
            if (idOf.TryGetValue(key, out var id) || (trimmed.Length < key.Length && idOf.TryGetValue(trimmed.ToString(), out id)))
            {
                var word = byId[id];
                fact |= (NumberFacts)(ulong)id
                    | ((word.Roles & StartRoles) != 0 ? NumberFacts.TimeStart : 0)
                    | (word.StartsPhrase ? NumberFacts.TimePhraseStart : 0);
            }

            if (secondSet.Contains(trimmed.ToString()))
            {
                fact |= NumberFacts.TimePhraseSecond;
            }

            foreach (var (words, bit) in classes)
            {
                if (Array.IndexOf(words, key) >= 0)
                {
                    fact |= bit;
                }
            }

            facts[key] = fact;
        }

        return (facts, [.. byId]);
    }

    /// <summary>The word for one lower-case token; a token ending in a period is also looked up without it
    /// ("jan." finds "jan"), but a form written with its period ("no.") needs the period.</summary>
    public TimeWord Word(ReadOnlySpan<char> lower)
    {
        if (words.TryGetValue(lower, out var word))
        {
            return word;
        }

        return lower.Length > 1 && lower[^1] == '.' && words.TryGetValue(lower[..^1], out word) ? word : default;
    }

    /// <summary>Like <see cref="Word(ReadOnlySpan{char})"/>, but writes the word straight into
    /// <paramref name="word"/> (default on a miss), so the grammar's per-token loop fills its buffer without
    /// copying a returned struct through the stack.</summary>
    public bool TryWord(ReadOnlySpan<char> lower, out TimeWord word) =>
        words.TryGetValue(lower, out word) || (lower.Length > 1 && lower[^1] == '.' && words.TryGetValue(lower[..^1], out word));

    /// <summary>The longest phrase of the lexicon that starts at token <paramref name="index"/> and ends before
    /// <paramref name="end"/>; default when none does.</summary>
    /// <remarks>Common words start phrases ("the", "that", "from"), so the token after them is tested first
    /// against the second words of all phrases: usually no phrase goes on with it, and one lookup says so.</remarks>
    public TimeWord PhraseAt(TextLayer layer, int index, int end)
    {
        // Every phrase has a second token.
        if (index + 1 >= end)
        {
            return default;
        }

        var second = Trim(layer.TokenLower(index + 1));
        if (!secondWords.Contains(second) || !phrases.TryGetValue(Trim(layer.TokenLower(index)), out var candidates))
        {
            return default;
        }

        foreach (var phrase in candidates)
        {
            if (index + phrase.Rest.Length >= end || !second.SequenceEqual(phrase.Rest[0]))
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < phrase.Rest.Length && matches; k++)
            {
                matches = Trim(layer.TokenLower(index + 1 + k)).SequenceEqual(phrase.Rest[k]);
            }

            if (matches)
            {
                return phrase.Word;
            }
        }

        return default;
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> lower) => lower.Length > 1 && lower[^1] == '.' ? lower[..^1] : lower;

    private static TimeRoles? Role(string kind) => kind switch
    {
        "time-month" => TimeRoles.Month,
        "time-weekday" => TimeRoles.Weekday,
        "time-relative-day" => TimeRoles.RelativeDay,
        "time-day-part" => TimeRoles.DayPart,
        "time-unit" => TimeRoles.Unit,
        "time-modifier" => TimeRoles.Modifier,
        "time-number" => TimeRoles.Number,
        "time-ordinal" => TimeRoles.Ordinal,
        "time-ago" => TimeRoles.Ago,
        "time-anaphor" => TimeRoles.Anaphor,
        "time-block-before" => TimeRoles.BlockBefore,
        "time-block-after" => TimeRoles.BlockAfter,
        "time-instrument" => TimeRoles.Instrument,
        "time-address" => TimeRoles.Address,
        "time-era" => TimeRoles.Era,
        "time-header-label" => TimeRoles.HeaderLabel,
        _ => null,
    };

    private static TimeWord Word(LexiconEntry entry, TimeRoles role, int tokens, bool shortForm)
    {
        var number = Int(entry.Attribute("number"));
        return new TimeWord(
            role,
            tokens,
            Month: role == TimeRoles.Month ? (byte)number : (byte)0,
            Weekday: role == TimeRoles.Weekday ? (byte)number : (byte)0,
            Value: (short)Int(entry.Attribute("value")),
            Offset: (sbyte)Int(entry.Attribute("offset")),
            OffsetTo: entry.Attribute("to") is { } to ? (sbyte)Int(to) : null,
            Direction: (sbyte)Int(entry.Attribute("direction")),
            Unit: Unit(entry.Attribute("unit")),
            ShortForm: shortForm,
            Homonym: entry.Attribute("homonym") is not null);
    }

    private static int Int(string? value) =>
        value is not null && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is >= -100 and <= 9999 ? n : 0;

    private static TimeUnit Unit(string? value) => value switch
    {
        "day" => TimeUnit.Day,
        "week" => TimeUnit.Week,
        "weekend" => TimeUnit.Weekend,
        "month" => TimeUnit.Month,
        "year" => TimeUnit.Year,
        "century" => TimeUnit.Century,
        _ => TimeUnit.None,
    };

    private sealed record Phrase(string[] Rest, TimeWord Word);
}
