using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>The words around names that the person and organisation stages read (lexicon kinds of
/// <c>lexicons/name-cues.tsv</c>), and the country knowledge they need, compiled once from the analyzer's
/// lexicon entries. Immutable and thread-safe.</summary>
/// <remarks>The cue kinds are word lists this stage reads for itself, outside the analyzer's matcher: one-word
/// cues are looked up by token, and the cue phrases (government bodies, "according to", "reporting by", offices,
/// role nouns) are found by a small matcher of their own. Countries, cities and organisations come from the
/// analyzer's matcher, so a user's lexicon adds to them.</remarks>
internal sealed class NameCues
{
    public const string SpeechVerbKind = "speech-verb";
    public const string SpeechAuxKind = "speech-aux";
    public const string NameLeadKind = "name-lead";
    public const string BylineKind = "byline";
    public const string OutletVerbKind = "outlet-verb";
    public const string OrgHeadKind = "org-head";
    public const string OrgNounKind = "org-noun";
    public const string OrgNamingKind = "org-naming";
    public const string GovernmentBodyKind = "government-body";
    public const string QualifierKind = "non-state-qualifier";
    public const string InstitutionTitleKind = "institution-title";
    public const string RoleNounKind = "role-noun";
    public const string ParticleKind = "name-particle";
    public const string CountryArticleKind = "country-article";
    public const string NotPersonKind = "not-person";
    public const string NotOrganizationKind = "not-organization";
    public const string TitleKind = "title";
    public const string PersonKind = "person";
    public const string OrganizationKind = "organization";
    public const string OutletKind = "outlet";
    public const string CountryKind = "country";
    public const string CityKind = "city";
    public const string RegionKind = "region";
    public const string InstrumentKind = "instrument";

    /// <summary>Kinds whose forms of several words <see cref="NamePhrases"/> finds.</summary>
    private static readonly string[] PhraseKinds =
        [BylineKind, NameLeadKind, OrgNamingKind, OrgNounKind, GovernmentBodyKind, InstitutionTitleKind, RoleNounKind, NotPersonKind, NotOrganizationKind];

    /// <summary>One set of cues per analyzer matcher, so the person and organisation stages of one analyzer share it.</summary>
    private static readonly ConditionalWeakTable<LexiconMatcher, NameCues> Shared = new();

    /// <summary>The document both stages of one analyzer read last on this thread: the organisation stage runs
    /// right after the person stage on the same layer and matches, and the view is immutable, so it is built once.</summary>
    [ThreadStatic]
    private static NameDocument? lastDocument;

    private readonly NameCueTable words;

    /// <summary>The cues of each word of <see cref="Vocabulary"/>, by word id (see <see cref="CuesOf"/>).</summary>
    private readonly NameCue[] cuesById;

    /// <summary>The cue phrases each word of <see cref="Vocabulary"/> starts, by word id (see <see cref="PhrasesOf"/>).</summary>
    private readonly NamePhrases.Phrase[]?[] phrasesById;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> cityCountry;
    private readonly FrozenDictionary<string, string> bodies;

    /// <summary>For each entry of the matcher, by reference, whether it is a given name or surname too (see
    /// <see cref="IsNameHomonym"/>).</summary>
    private readonly Dictionary<LexiconEntry, bool> nameHomonyms;
    private readonly LexiconSet lexicons;
    private readonly TextLayerBuilder? tokenizer;

    private NameCues(LexiconMatcher matcher, LexiconSet lexicons, TextLayerBuilder? tokenizer)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(lexicons);
        Matcher = matcher;
        this.lexicons = lexicons;
        this.tokenizer = tokenizer;
        var wordCues = new Dictionary<string, NameCue>(StringComparer.Ordinal);
        var countries = new Dictionary<string, NameCountry>(StringComparer.Ordinal);
        var cities = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byCountry = new Dictionary<string, List<LexiconEntry>>(StringComparer.Ordinal);
        var articleWords = new HashSet<string>(StringComparer.Ordinal);
        var hasCues = false;
        foreach (var entry in matcher.Entries)
        {
            switch (entry.Kind)
            {
                case CountryKind when entry.Attribute("iso") is { Length: > 0 } iso:
                    countries.TryAdd(iso, new NameCountry(iso, entry.Name, SplitList(entry.Attribute("adj"))));
                    break;
                case CityKind when entry.Attribute("country") is { Length: > 0 } country:
                    cities.TryAdd(entry.Name, country);
                    foreach (var alias in entry.Aliases)
                    {
                        cities.TryAdd(alias, country);
                    }

                    break;
                case OrganizationKind or OutletKind:
                    if (entry.Attribute("country") is { Length: > 0 } owner)
                    {
                        if (!byCountry.TryGetValue(owner, out var list))
                        {
                            byCountry.Add(owner, list = []);
                        }

                        list.Add(entry);
                    }

                    break;
                default:
                    break;
            }
        }

        var phrases = new List<LexiconEntry>();
        foreach (var entry in lexicons.All)
        {
            if (entry.Kind == CountryArticleKind)
            {
                foreach (var form in Forms(entry))
                {
                    articleWords.Add(form);
                }

                continue;
            }

            var cue = CueOf(entry);
            if (cue == NameCue.None)
            {
                continue;
            }

            hasCues = true;
            if (PhraseForms(entry) is { } phrase)
            {
                phrases.Add(phrase);
            }

            foreach (var form in Forms(entry))
            {
                if (!form.Contains(' ', StringComparison.Ordinal))
                {
                    var key = form.ToLowerInvariant();
                    wordCues[key] = (wordCues.TryGetValue(key, out var existing) ? existing : NameCue.None) | cue;
                }
            }
        }

        if (!hasCues)
        {
            throw new ArgumentException("the lexicons hold no name cues (lexicons/name-cues.tsv)", nameof(lexicons));
        }

        Phrases = new NamePhrases(phrases, tokenizer ?? TextLayerBuilder.Default);
        foreach (var first in Phrases.FirstWords)
        {
            wordCues[first] = (wordCues.TryGetValue(first, out var existing) ? existing : NameCue.None) | NameCue.PhraseStart;
        }

        // The issuer stage walks every token after the name stages; the words it asks about are looked up here,
        // on the one lookup per token this view makes anyway.
        foreach (var opener in Attribution.IssuerStage.GroupOpeners(lexicons))
        {
            wordCues[opener] = (wordCues.TryGetValue(opener, out var existing) ? existing : NameCue.None) | NameCue.GroupOpener;
        }

        wordCues["the"] = (wordCues.TryGetValue("the", out var article) ? article : NameCue.None) | NameCue.The;
        words = new NameCueTable(wordCues);

        // The same words in the vocabulary the stages of these lexicons share: a document's tokens are looked up
        // once for all of them (TokenWordIds), and the name view reads each token's cues, and the cue phrases its
        // word starts, by that id instead of looking the word up again.
        Vocabulary = SharedWords.For(lexicons);
        cuesById = Vocabulary.Register(wordCues);
        phrasesById = Vocabulary.Register(Phrases.ByFirstWord);
        cityCountry = cities.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        Countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        OrganizationsByCountry = byCountry.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.Select(e => new NameStateBody(e.Name, [.. Forms(e).Select(NameText.Fold)])).ToImmutableArray(),
            StringComparer.Ordinal);
        ArticleWords = articleWords.ToFrozenSet(StringComparer.Ordinal);
        bodies = KnownStateBodies(lexicons.All.Where(e => e.Kind is GovernmentBodyKind or InstitutionTitleKind));
        nameHomonyms = new Dictionary<LexiconEntry, bool>(ReferenceEqualityComparer.Instance);
        foreach (var entry in matcher.Entries)
        {
            nameHomonyms.TryAdd(entry, ReadsAsNameHomonym(entry));
        }
    }

    /// <summary>The cues for an analyzer's matcher and lexicons, built once and shared by its name stages.</summary>
    public static NameCues For(LexiconMatcher matcher, LexiconSet lexicons, TextLayerBuilder? tokenizer)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        if (Shared.TryGetValue(matcher, out var cues) && ReferenceEquals(cues.lexicons, lexicons) && ReferenceEquals(cues.tokenizer, tokenizer))
        {
            return cues;
        }

        cues = new NameCues(matcher, lexicons, tokenizer);
        Shared.AddOrUpdate(matcher, cues);
        return cues;
    }

    /// <summary>New cues, not shared: what building them costs (benchmarks).</summary>
    internal static NameCues Create(LexiconMatcher matcher, LexiconSet lexicons, TextLayerBuilder? tokenizer) =>
        new(matcher, lexicons, tokenizer);

    /// <summary>The name view of one document, reused when the previous call on this thread read the same layer
    /// and matches.</summary>
    public NameDocument Document(TextLayer layer, ImmutableArray<LexiconMatch> matches)
    {
        var last = lastDocument;
        if (last is not null && ReferenceEquals(last.Knowledge, this) && ReferenceEquals(last.Layer, layer)
            && last.Source == (matches.IsDefault ? [] : matches))
        {
            return last;
        }

        // The last view is read by no one once a stage's Find has returned, so the new one takes over its arrays;
        // it is forgotten first, so a failure half-way leaves no view whose arrays were overwritten.
        lastDocument = null;
        var document = new NameDocument(this, layer, matches, last);
        lastDocument = document;
        return document;
    }

    /// <summary>The name view this thread built last, when it is of <paramref name="layer"/> and was read with cues
    /// compiled from <paramref name="lexicons"/>; else null. Lets a later stage of the same analysis read the
    /// per-token cues instead of looking every word up again.</summary>
    public static NameDocument? LastDocumentOf(TextLayer layer, LexiconSet lexicons)
    {
        var last = lastDocument;
        return last is not null && ReferenceEquals(last.Layer, layer) && ReferenceEquals(last.Knowledge.lexicons, lexicons)
            && last.Count == layer.Tokens.Length
            ? last
            : null;
    }

    /// <summary>The analyzer's matcher: places, organisations, titles, instruments.</summary>
    public LexiconMatcher Matcher { get; }

    /// <summary>The cue phrases (kinds read as phrases), matching in any case.</summary>
    public NamePhrases Phrases { get; }

    /// <summary>Countries by ISO code: name and adjectives.</summary>
    public FrozenDictionary<string, NameCountry> Countries { get; }

    /// <summary>Organisation entries of each state (attribute <c>country</c>), to name a state's body by the
    /// lexicon's canonical name when the lexicon knows it.</summary>
    public FrozenDictionary<string, ImmutableArray<NameStateBody>> OrganizationsByCountry { get; }

    /// <summary>Words of a country's name that make it take "the".</summary>
    public FrozenSet<string> ArticleWords { get; }

    /// <summary>The vocabulary the stages built from the same lexicons share; the name view reads its tokens' ids
    /// in it (<see cref="TokenWordIds"/>).</summary>
    public SharedWords Vocabulary { get; }

    /// <summary>The one-word cues a lower-case word is.</summary>
    public NameCue Of(ReadOnlySpan<char> lower) => words.Of(lower);

    /// <summary>The one-word cues of the word with id <paramref name="id"/> in <see cref="Vocabulary"/>: what
    /// <see cref="Of"/> answers for that word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public NameCue CuesOf(int id) => SharedWords.ValueOf(cuesById, id);

    /// <summary>The one-word cues of every word of <see cref="Vocabulary"/> by id, for a pass over a document's
    /// tokens; an id past its end is a word with no cue (see <see cref="CuesOf"/>).</summary>
    public ReadOnlySpan<NameCue> CuesById => cuesById;

    /// <summary>The cue phrases, longest first, that start with the word of id <paramref name="id"/> in
    /// <see cref="Vocabulary"/>, or null when none does (its cues then lack <see cref="NameCue.PhraseStart"/>).</summary>
    public NamePhrases.Phrase[]? PhrasesOf(int id) => SharedWords.ValueOf(phrasesById, id);

    /// <summary>True when the entry (a place, say) is also a given name or surname (attribute <c>homonym</c>):
    /// answered from a table built once for the matcher's entries, since the attribute look-up hashes its key and
    /// the name view asks for every capitalised word a match covers.</summary>
    public bool IsNameHomonym(LexiconEntry entry) =>
        nameHomonyms.TryGetValue(entry, out var homonym) ? homonym : ReadsAsNameHomonym(entry);

    private static bool ReadsAsNameHomonym(LexiconEntry entry) => entry.Attribute("homonym") is "given_name" or "surname";

    /// <summary>The country code of a city by its name, or null.</summary>
    public string? CountryOfCity(ReadOnlySpan<char> name) => cityCountry.TryGetValue(name, out var iso) ? iso : null;

    /// <summary>The lexicon's name for the body <paramref name="entry"/> (kind <c>government-body</c> or
    /// <c>institution-title</c>) of the state <paramref name="iso"/>, when an organisation of that state has a
    /// form such as "Foreign Ministry of A", "A's Foreign Ministry" or "Azerbaijani Foreign Ministry".</summary>
    public string? StateBodyName(LexiconEntry entry, string iso) =>
        bodies.TryGetValue(entry.Kind + "\t" + entry.Name + "\t" + iso, out var name) ? name : null;

    private FrozenDictionary<string, string> KnownStateBodies(IEnumerable<LexiconEntry> kinds)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = kinds.ToList();
        foreach (var (iso, states) in OrganizationsByCountry)
        {
            if (!Countries.TryGetValue(iso, out var country))
            {
                continue;
            }

            var forms = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var body in states)
            {
                foreach (var form in body.Forms)
                {
                    forms.TryAdd(form, body.Name);
                }
            }

            var name = NameText.Fold(country.Name);
            foreach (var entry in entries)
            {
                var entryForms = Forms(entry).ToList();
                if (entry.Attribute("name") is { } reported)
                {
                    entryForms.Add(reported);
                }

                foreach (var form in entryForms.Select(NameText.Fold))
                {
                    var variants = new List<string> { form + " of " + name, form + " of the " + name, name + "'s " + form, name + " " + form };
                    variants.AddRange(country.Adjectives.Select(a => NameText.Fold(a) + " " + form));
                    foreach (var variant in variants)
                    {
                        if (forms.TryGetValue(variant, out var canonical))
                        {
                            found.TryAdd(entry.Kind + "\t" + entry.Name + "\t" + iso, canonical);
                        }
                    }
                }
            }
        }

        return found.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>"Armenia" or "the United States": a country's name as it follows "of".</summary>
    public string CountryAfterOf(string iso)
    {
        if (!Countries.TryGetValue(iso, out var country))
        {
            return iso;
        }

        foreach (var word in country.Name.Split(' '))
        {
            if (ArticleWords.Contains(word))
            {
                return "the " + country.Name;
            }
        }

        return ArticleWords.Contains(country.Name) ? "the " + country.Name : country.Name;
    }

    private static NameCue CueOf(LexiconEntry entry) => entry.Kind switch
    {
        SpeechVerbKind => (string.Equals(entry.Attribute("position"), "inverted", StringComparison.Ordinal) ? NameCue.None : NameCue.SpeechVerb)
            | (string.Equals(entry.Attribute("inverts"), "yes", StringComparison.Ordinal) ? NameCue.Inverts : NameCue.None),
        SpeechAuxKind => NameCue.SpeechAux,
        OutletVerbKind => NameCue.OutletVerb
            | (string.Equals(entry.Attribute("weak"), "yes", StringComparison.Ordinal) ? NameCue.Weak : NameCue.None),
        OrgHeadKind => NameCue.OrgHead
            | (string.Equals(entry.Attribute("type"), "outlet", StringComparison.Ordinal) ? NameCue.OutletHead : NameCue.None),
        OrgNounKind => NameCue.OrgNoun
            | (string.Equals(entry.Attribute("type"), "outlet", StringComparison.Ordinal) ? NameCue.OutletNoun : NameCue.None),
        QualifierKind => NameCue.Qualifier,
        RoleNounKind => NameCue.RoleNoun,
        ParticleKind => string.Equals(entry.Attribute("prefix"), "yes", StringComparison.Ordinal) ? NameCue.PrefixParticle : NameCue.Particle,
        NotPersonKind => NameCue.NotPerson
            | (entry.Attribute("class") is "function" or "month" or "weekday" or "holiday" or "web" ? NameCue.Function : NameCue.None),
        BylineKind or NameLeadKind or OrgNamingKind or GovernmentBodyKind or InstitutionTitleKind or NotOrganizationKind => NameCue.Phrase,
        _ => NameCue.None,
    };

    /// <summary>The entry as the phrase matcher sees it. Kinds whose entries carry attributes the rules read keep
    /// every form; the word lists (role nouns, words that are no names) keep only their forms of several words,
    /// because single words are looked up per token and would only slow the matcher down.</summary>
    private static LexiconEntry? PhraseForms(LexiconEntry entry)
    {
        if (entry.Kind is BylineKind or NameLeadKind or OrgNamingKind or GovernmentBodyKind or InstitutionTitleKind)
        {
            return entry;
        }

        if (Array.IndexOf(PhraseKinds, entry.Kind) < 0)
        {
            return null;
        }

        var several = Forms(entry).Where(f => f.Contains(' ', StringComparison.Ordinal)).ToArray();
        return several.Length == 0 ? null : entry with { Name = several[0], Aliases = [.. several.Skip(1)] };
    }

    private static IEnumerable<string> Forms(LexiconEntry entry)
    {
        yield return entry.Name;
        foreach (var alias in entry.Aliases)
        {
            yield return alias;
        }
    }

    private static ImmutableArray<string> SplitList(string? value) => string.IsNullOrWhiteSpace(value)
        ? []
        : [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
