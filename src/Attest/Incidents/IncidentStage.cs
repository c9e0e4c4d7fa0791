using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;

namespace Attest.Incidents;

/// <summary>Finds the incidents one document reports: event words from <c>events.tsv</c> with their arguments
/// (date, place and countries, target, perpetrator as claimed, casualties, motive) and their modality, merged into
/// one report per distinct incident. Built once from the lexicons; immutable and thread-safe.</summary>
/// <remarks>The rules are listed in <c>docs/incidents.md</c>; each report's evidence holds the span of every event
/// word merged into it and the rule id <c>incident.&lt;lemma&gt;</c> of the first.</remarks>
public sealed class IncidentStage
{
    private const string SpeechVerbKind = "speech-verb";
    private const string OutletVerbKind = "outlet-verb";

    private readonly EventVocabulary vocabulary;
    private readonly HashSet<string> countryNames;

    /// <summary>The ISO code of each country entry, read once: attributes are an immutable dictionary, slow to ask
    /// for every country word of every document.</summary>
    private readonly Dictionary<LexiconEntry, string?> countryIsos = new(ReferenceEqualityComparer.Instance);
    /// <summary>The one-word speech verbs as written; the reader finds them through <see cref="Vocabulary"/>, which
    /// holds them too, and asks here only when one has an apostrophe or a hyphen.</summary>
    private readonly WordSet speechVerbs;

    /// <summary>The state of each city and country form, lower case: read only for an agreement named by an
    /// instrument whose name holds the place it was signed in, which the place stage does not report.</summary>
    private readonly Dictionary<string, string> placeStates = new(StringComparer.Ordinal);

    /// <summary>Compiles the <c>event-*</c> kinds of <paramref name="lexicons"/>.</summary>
    /// <param name="lexicons">The analyzer's lexicons; the stage also reads <c>country</c> names and the speech verbs.</param>
    /// <param name="tokenizer">The builder that tokenizes the texts, so lexicon forms split alike; the bundled one when null.</param>
    public IncidentStage(LexiconSet lexicons, TextLayerBuilder? tokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        countryNames = lexicons.OfKind("country").Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in lexicons.OfKind("country"))
        {
            countryIsos.TryAdd(entry, entry.Attribute("iso"));
        }

        var verbs = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var entry in lexicons.OfKind(SpeechVerbKind).Concat(lexicons.OfKind(OutletVerbKind)))
        {
            foreach (var form in entry.Aliases.Prepend(entry.Name))
            {
                if (!form.Contains(' ', StringComparison.Ordinal))
                {
                    verbs[form.ToLowerInvariant()] = true;
                }
            }
        }

        speechVerbs = new WordSet(verbs.Keys);
        vocabulary = EventVocabulary.Build(lexicons, tokenizer ?? TextLayerBuilder.Default, verbs.Keys);
        foreach (var entry in lexicons.OfKind("country").Concat(lexicons.OfKind("city")))
        {
            var state = entry.Kind == "country" ? entry.Attribute("iso") : entry.Attribute("country")?.Split(',')[0];
            foreach (var form in state is null ? [] : entry.Aliases.Prepend(entry.Name))
            {
                placeStates.TryAdd(form.ToLowerInvariant(), state!);
            }
        }
    }

    /// <summary>One line per event lexicon entry that was skipped, with its file and line.</summary>
    public ImmutableArray<string> Diagnostics => vocabulary.Diagnostics;

    /// <summary>The incidents of one document.</summary>
    /// <param name="layer">The document's text layer.</param>
    /// <param name="matches">The analyzer's lexicon matches (country adjectives and demonyms are read from them).</param>
    /// <param name="places">Places and diplomatic missions.</param>
    /// <param name="times">Normalised time mentions.</param>
    /// <param name="figures">Casualty figures.</param>
    /// <param name="persons">Person mentions (victims of detentions, speakers).</param>
    /// <param name="organizations">Organisation mentions (speakers; places inside their names are not locations).</param>
    /// <param name="quotes">Direct quotations: an event inside one is reported by its speaker.</param>
    /// <param name="metadata">The document's metadata; its publication month dates an incident the text leaves undated.</param>
    public IncidentResult Find(
        TextLayer layer,
        ImmutableArray<LexiconMatch> matches,
        PlaceResult places,
        ImmutableArray<TimeMention> times,
        ImmutableArray<FigureMention> figures,
        ImmutableArray<PersonMention> persons,
        ImmutableArray<OrganizationMention> organizations,
        ImmutableArray<Quote> quotes,
        DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(metadata);
        if (layer.Tokens.IsEmpty)
        {
            return IncidentResult.Empty;
        }

        var scratch = IncidentScratch.Take(layer.Tokens.Length, layer.Sentences.Length);
        var reader = new IncidentReader(this, scratch, layer, matches, places, times, persons, organizations, quotes);
        var mentions = reader.ReadMentions();
        // The mentions live in the scratch storage, so it is kept for the next document only once they are merged.
        var result = IncidentMerger.Merge(layer, mentions, figures, metadata.Published);
        IncidentScratch.Return(scratch);
        return result;
    }

    internal EventVocabulary Vocabulary => vocabulary;

    internal bool IsCountryName(string name) => countryNames.Contains(name);

    /// <summary>The ISO code of a <c>country</c> entry; null for other kinds and for a country without one.</summary>
    internal string? CountryIso(LexiconEntry entry) =>
        entry.Kind != "country" ? null : countryIsos.TryGetValue(entry, out var iso) ? iso : entry.Attribute("iso");

    internal bool IsSpeechVerb(ReadOnlySpan<char> lower) => speechVerbs.Contains(lower);

    /// <summary>The state of the city or country written <paramref name="lower"/>; null when none is known.</summary>
    internal string? PlaceState(string lower) => placeStates.GetValueOrDefault(lower);
}
