using System.Collections.Immutable;
using System.Globalization;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Incidents;

/// <summary>The event lexicons (kinds <c>event-*</c>, see <c>docs/lexicons.md</c>) compiled into one lookup from a
/// lower-case token to the forms that start with it, longest first. Built once; immutable and thread-safe.</summary>
internal sealed class EventVocabulary
{
    public const string KindPrefix = "event-";

    private static readonly Dictionary<string, EventWordKind> Kinds = new(StringComparer.Ordinal)
    {
        ["event-trigger"] = EventWordKind.Trigger,
        ["event-blocker"] = EventWordKind.Blocker,
        ["event-target"] = EventWordKind.Target,
        ["event-actor"] = EventWordKind.Actor,
        ["event-weapon"] = EventWordKind.Weapon,
        ["event-violence"] = EventWordKind.Violence,
        ["event-modality"] = EventWordKind.Modality,
        ["event-multiplier"] = EventWordKind.Multiplier,
        ["event-ordinal"] = EventWordKind.Ordinal,
        ["event-motive"] = EventWordKind.Motive,
        ["event-location"] = EventWordKind.Location,
        ["event-grammar"] = EventWordKind.Grammar,
    };

    /// <summary>Queried for every token of every text, most in vain: the span-keyed lookup answers most misses from
    /// its bitmap without hashing. It holds the speech verbs too: the reader asks both of every token, and one
    /// lookup costs half of two. A hit answers with the word's <see cref="EventWord"/> held in the table, so it
    /// reads no array of its own before the forms, and a word whose forms are all one token reads none at all.</summary>
    private readonly WordLookup<EventWord> lookup;

    /// <summary>The punctuation the rules stop at, each one token: a comma, and the marks that end a clause.</summary>
    private static readonly (string Mark, WordTraits Traits)[] Punctuation =
    [
        (",", WordTraits.Comma), (";", WordTraits.HardStop), (":", WordTraits.HardStop), (".", WordTraits.HardStop),
        ("!", WordTraits.HardStop), ("?", WordTraits.HardStop), ("\u2026", WordTraits.HardStop),
    ];

    private EventVocabulary(
        LexiconSet lexicons, Dictionary<string, (EventPhrase[] Phrases, WordTraits Traits)> words, bool allSpeechVerbsPlain, ImmutableArray<string> diagnostics)
    {
        var values = new List<KeyValuePair<string, EventWord>>(words.Count);
        var all = new List<EventPhrase>();
        var chosen = new List<int>();
        foreach (var (word, (phrases, traits)) in words)
        {
            var start = all.Count;
            all.AddRange(phrases);
            var oneToken = phrases.All(p => p.Length == 1);
            var kinds = 0u;
            var grammar = WordTraits.None;
            var chosenStart = chosen.Count;
            if (oneToken)
            {
                // As the reader takes them: the first form of each kind, listed in kind order.
                var firstOfKind = new SortedDictionary<int, int>();
                for (var i = 0; i < phrases.Length; i++)
                {
                    var shape = EventPhraseShape.Of(phrases[i]);
                    if ((kinds & shape.KindBit) == 0)
                    {
                        kinds |= shape.KindBit;
                        grammar |= shape.Grammar;
                        firstOfKind[(int)phrases[i].Kind] = start + i;
                    }
                }

                chosen.AddRange(firstOfKind.Values);
            }

            values.Add(KeyValuePair.Create(word, new EventWord(traits, start, phrases.Length, oneToken, kinds, chosenStart, grammar)));
        }

        Forms = [.. all];
        Shapes = [.. all.Select(EventPhraseShape.Of)];
        Chosen = [.. chosen];
        lookup = new WordLookup<EventWord>(values);
        Shared = SharedWords.For(lexicons);
        ById = Shared.Register(values.ToDictionary(StringComparer.Ordinal));
        AllSpeechVerbsPlain = allSpeechVerbsPlain;
        Diagnostics = diagnostics;
    }

    /// <summary>The vocabulary these words are registered in, with the other stages' words: a document's tokens
    /// are looked up there once for all of them.</summary>
    public SharedWords Shared { get; }

    /// <summary>The words by their id in <see cref="Shared"/>. The words are stored folded and hold no character
    /// that folding changes, so for a token with none the entry by id is what <see cref="TryRead"/> finds.</summary>
    public EventWord[] ById { get; }

    /// <summary>One line per event lexicon entry that was skipped, with its file and line.</summary>
    public ImmutableArray<string> Diagnostics { get; }

    /// <summary>True when <see cref="TryRead"/> tells every speech verb; false when a speech verb holds an apostrophe
    /// or a hyphen, which the folded lookup cannot tell from a typographic one, so the caller must ask for it apart.</summary>
    public bool AllSpeechVerbsPlain { get; }

    /// <summary>Every word's forms, longest first, word after word: one array rather than one per word.</summary>
    public ImmutableArray<EventPhrase> Forms { get; }

    /// <summary>The shapes of <see cref="Forms"/>, in the same order.</summary>
    public ImmutableArray<EventPhraseShape> Shapes { get; }

    /// <summary>Indexes into <see cref="Forms"/>: for each word whose forms are all one token, the first form of each
    /// kind in kind order, from its <see cref="EventWord.ChosenStart"/>.</summary>
    public ImmutableArray<int> Chosen { get; }

    /// <summary>What the vocabulary knows of <paramref name="lower"/>, read folded; false, with the default word (no
    /// traits, no forms), when it starts no form and is neither a speech verb written with no apostrophe or hyphen
    /// nor punctuation the rules stop at.</summary>
    public bool TryRead(ReadOnlySpan<char> lower, out EventWord word) => lookup.TryGetFolded(lower, out word);

    /// <summary>Compiles every <c>event-*</c> entry of <paramref name="lexicons"/>; forms are tokenized by
    /// <paramref name="tokenizer"/>, the builder that tokenizes the texts, so both split alike.</summary>
    /// <param name="lexicons">The analyzer's lexicons.</param>
    /// <param name="tokenizer">The builder that tokenizes the texts.</param>
    /// <param name="speechVerbs">The one-word speech verbs, lower case, that <see cref="TryRead"/> also tells.</param>
    public static EventVocabulary Build(LexiconSet lexicons, TextLayerBuilder tokenizer, IEnumerable<string> speechVerbs)
    {
        var byFirst = new Dictionary<string, List<EventPhrase>>(StringComparer.Ordinal);
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        foreach (var entry in lexicons.All)
        {
            if (!entry.Kind.StartsWith(KindPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (!Kinds.TryGetValue(entry.Kind, out var kind))
            {
                diagnostics.Add($"{entry.Source}: unknown event kind \"{entry.Kind}\"");
                continue;
            }

            if (Template(entry, kind) is not { } template)
            {
                diagnostics.Add($"{entry.Source}: {entry.Kind} \"{entry.Name}\" has a missing or unknown attribute");
                continue;
            }

            foreach (var form in entry.Aliases.Prepend(entry.Name))
            {
                var layer = tokenizer.Build(form);
                if (layer.Tokens.IsEmpty)
                {
                    continue;
                }

                var tokens = new string[layer.Tokens.Length];
                for (var t = 0; t < tokens.Length; t++)
                {
                    var lower = layer.TokenLower(t);
                    var buffer = new char[lower.Length];
                    TokenFold.Fold(lower, buffer);
                    tokens[t] = new string(buffer);
                }

                var phrase = Clone(template, tokens);
                if (!byFirst.TryGetValue(tokens[0], out var list))
                {
                    byFirst[tokens[0]] = list = [];
                }

                list.Add(phrase);
            }
        }

        var compiled = new Dictionary<string, (EventPhrase[] Phrases, WordTraits Traits)>(byFirst.Count, StringComparer.Ordinal);
        foreach (var (first, list) in byFirst)
        {
            compiled[first] = ([.. list.OrderByDescending(p => p.Length)], WordTraits.None);
        }

        foreach (var (mark, traits) in Punctuation)
        {
            compiled[mark] = compiled.TryGetValue(mark, out var known) ? (known.Phrases, known.Traits | traits) : ([], traits);
        }

        // The folded lookup reads a typographic apostrophe or hyphen as a plain one; the speech verbs are matched
        // as written, so only a verb with neither reads alike both ways.
        var allPlain = true;
        foreach (var verb in speechVerbs)
        {
            if (verb.AsSpan().IndexOfAny(TokenFold.Chars) >= 0 || verb.Contains('\'', StringComparison.Ordinal) || verb.Contains('-', StringComparison.Ordinal))
            {
                allPlain = false;
                continue;
            }

            compiled[verb] = compiled.TryGetValue(verb, out var known) ? (known.Phrases, known.Traits | WordTraits.SpeechVerb) : ([], WordTraits.SpeechVerb);
        }

        return new EventVocabulary(lexicons, compiled, allPlain, diagnostics.ToImmutable());
    }

    private static EventPhrase? Template(LexiconEntry entry, EventWordKind kind)
    {
        var phrase = new EventPhrase { Kind = kind, Tokens = [], Lemma = entry.Name };
        switch (kind)
        {
            case EventWordKind.Trigger:
                var typeName = entry.Attribute("type");
                EventType? type = typeName switch
                {
                    "unspecified" => null,
                    "battles" => EventType.Battles,
                    "explosions_remote_violence" => EventType.ExplosionsRemoteViolence,
                    "violence_against_civilians" => EventType.ViolenceAgainstCivilians,
                    "protests" => EventType.Protests,
                    "riots" => EventType.Riots,
                    "strategic_developments" => EventType.StrategicDevelopments,
                    _ => (EventType)(-1),
                };
                var family = entry.Attribute("family");
                if (type is (EventType)(-1) || family is null || Weapon(entry) is not { } weapon)
                {
                    return null;
                }

                return new EventPhrase
                {
                    Kind = kind, Tokens = [], Lemma = entry.Name, Type = type, Family = family, Weapon = weapon,
                    Weak = Yes(entry, "weak"), NeedsPerson = entry.Attribute("needs") == "person",
                    Parties = entry.Attribute("countries") == "parties", KeepUndated = entry.Attribute("undated") == "keep",
                };
            case EventWordKind.Target:
                TargetCategory? category = entry.Attribute("category") switch
                {
                    "diplomatic_premises" => TargetCategory.DiplomaticPremises,
                    "diplomatic_personnel" => TargetCategory.DiplomaticPersonnel,
                    "military" => TargetCategory.Military,
                    "civilians" => TargetCategory.Civilians,
                    "government" => TargetCategory.Government,
                    "infrastructure" => TargetCategory.Infrastructure,
                    "property" => TargetCategory.Property,
                    _ => null,
                };
                return category is null ? null : new EventPhrase { Kind = kind, Tokens = [], Lemma = entry.Name, Category = category, Flag = Yes(entry, "person") };
            case EventWordKind.Actor:
                return new EventPhrase { Kind = kind, Tokens = [], Lemma = entry.Name, Flag = Yes(entry, "crowd") };
            case EventWordKind.Weapon:
                return Weapon(entry) is { } w and not WeaponKind.None ? new EventPhrase { Kind = kind, Tokens = [], Lemma = entry.Name, Weapon = w } : null;
            case EventWordKind.Modality:
                EventCue cue = entry.Attribute("modality") switch
                {
                    "hypothetical" => EventCue.Hypothetical,
                    "negated" => EventCue.Negated,
                    "habitual" => EventCue.Habitual,
                    "historical" => EventCue.Historical,
                    "denied" => EventCue.Denied,
                    "reported" => EventCue.Reported,
                    _ => EventCue.None,
                };
                CueScope? scope = entry.Attribute("scope") switch
                {
                    "near" => CueScope.Near,
                    "clause" => CueScope.Clause,
                    "sentence" => CueScope.Sentence,
                    _ => null,
                };
                return cue == EventCue.None || scope is null ? null : new EventPhrase { Kind = kind, Tokens = [], Lemma = entry.Name, Cue = cue, Scope = scope.Value };
            case EventWordKind.Multiplier:
                return Number(entry, "count") is { } count ? new EventPhrase { Kind = kind, Tokens = [], Lemma = entry.Name, Value = count } : null;
            case EventWordKind.Ordinal:
                return Number(entry, "value") is { } value ? new EventPhrase { Kind = kind, Tokens = [], Lemma = entry.Name, Value = value } : null;
            case EventWordKind.Motive:
                MotiveFrame? frame = entry.Attribute("frame") switch
                {
                    null => MotiveFrame.After,
                    "noun" => MotiveFrame.Noun,
                    "qualified" => MotiveFrame.Qualified,
                    "unknown" => MotiveFrame.Unknown,
                    _ => null,
                };
                return frame is null ? null : new EventPhrase { Kind = kind, Tokens = [], Lemma = entry.Name, Frame = frame.Value };
            case EventWordKind.Grammar:
                return new EventPhrase { Kind = kind, Tokens = [], Lemma = entry.Name, Be = Yes(entry, "be"), Skip = Yes(entry, "skip"), Boundary = Yes(entry, "boundary"), Territory = Yes(entry, "territory") };
            default:
                return phrase;
        }
    }

    private static EventPhrase Clone(EventPhrase t, string[] tokens) => new()
    {
        Kind = t.Kind, Tokens = tokens, Lemma = t.Lemma, Type = t.Type, Family = t.Family, Weak = t.Weak,
        NeedsPerson = t.NeedsPerson, Parties = t.Parties, KeepUndated = t.KeepUndated, Weapon = t.Weapon,
        Category = t.Category, Flag = t.Flag, Cue = t.Cue, Scope = t.Scope, Value = t.Value, Be = t.Be, Skip = t.Skip,
        Boundary = t.Boundary, Territory = t.Territory, Frame = t.Frame,
    };

    private static WeaponKind? Weapon(LexiconEntry entry) => entry.Attribute("weapon") switch
    {
        null => WeaponKind.None,
        "firearm" => WeaponKind.Firearm,
        "explosive" => WeaponKind.Explosive,
        _ => null,
    };

    private static bool Yes(LexiconEntry entry, string key) => entry.Attribute(key) == "yes";

    private static int? Number(LexiconEntry entry, string key) =>
        int.TryParse(entry.Attribute(key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
