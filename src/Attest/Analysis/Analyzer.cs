using Attest.Attribution;
using Attest.Incidents;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Rhetoric;
using Attest.Text;

namespace Attest.Analysis;

/// <summary>The analyzer: a pure function of (text, metadata, lexicons, rules). Immutable and safe to call
/// from many threads at once. Build it with <see cref="AnalyzerBuilder"/>.</summary>
/// <remarks>Each stage is compiled once here from the lexicons and run in <see cref="Analyze"/> in data-flow
/// order: text layer → mentions → attribution → claims and demands → incidents → rhetoric. A stage reads
/// the outputs of earlier stages as explicit arguments; nothing shares a mutable document.</remarks>
public sealed class Analyzer
{
    private readonly TextLayerBuilder textLayer;
    private readonly LexiconMatcher matcher;
    private readonly PlaceStage places;
    private readonly LegalStage legal;
    private readonly TimeStage times;
    private readonly DocumentDateFinder documentDates;
    private readonly FigureStage figures;
    private readonly PersonStage persons;
    private readonly OrganizationStage organizations;
    private readonly IssuerStage issuers;
    private readonly QuoteStage quotes;
    private readonly DemandStage demands;
    private readonly ClaimStage claims;
    private readonly RhetoricStage rhetoric;
    private readonly IncidentStage incidents;

    internal Analyzer(string version, LexiconSet lexicons)
    {
        Version = version;
        Lexicons = lexicons;
        textLayer = new TextLayerBuilder(AbbreviationLexicon.FromEntries(lexicons.All));
        matcher = LexiconMatcher.Build(
            LexiconMatcher.MatchableEntries(lexicons),
            new LexiconMatcherOptions { Tokenizer = textLayer });
        places = new PlaceStage(matcher);
        legal = new LegalStage(matcher, lexicons.OfKind(LegalStage.ProvisionKind), textLayer);
        times = new TimeStage(lexicons);
        documentDates = new DocumentDateFinder(lexicons);
        figures = new FigureStage(lexicons);
        persons = new PersonStage(matcher, lexicons, textLayer);
        organizations = new OrganizationStage(matcher, lexicons, textLayer);
        issuers = new IssuerStage(lexicons);
        quotes = new QuoteStage(lexicons);
        demands = new DemandStage(lexicons);
        claims = new ClaimStage(lexicons);
        rhetoric = new RhetoricStage(lexicons);
        incidents = new IncidentStage(lexicons, textLayer);
    }

    /// <summary>Code version plus a fingerprint of the lexicons, stored with every analysis.</summary>
    public string Version { get; }

    /// <summary>The knowledge this analyzer was built from.</summary>
    public LexiconSet Lexicons { get; }

    /// <summary>The one lexicon matcher over every named kind (places, organisations, titles, instruments and
    /// any kind a user lexicon adds); its <see cref="LexiconMatcher.Diagnostics"/> list lexicon defects.</summary>
    public LexiconMatcher Matcher => matcher;

    /// <summary>An analyzer over the bundled lexicons only.</summary>
    public static Analyzer Default { get; } = new AnalyzerBuilder().Build();

    public DocumentAnalysis Analyze(string text, DocumentMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var layer = textLayer.Build(text);
        var matches = matcher.Match(layer);
        var placeResult = places.Find(layer, matches);
        var legalResult = legal.Find(layer, matches);
        metadata ??= DocumentMetadata.Empty;
        if (metadata.Published is null && documentDates.Find(layer) is { } documentDate)
        {
            metadata = metadata with { Published = documentDate.Value, PlaceOfIssue = metadata.PlaceOfIssue ?? documentDate.PlaceOfIssue };
        }

        var timeMentions = times.Find(layer, metadata.Published, legalResult.CitationSpans);
        var personMentions = persons.Find(layer, matches);
        var organizationMentions = organizations.Find(layer, matches, personMentions, metadata);
        var issuer = issuers.Find(layer, personMentions, organizationMentions, metadata);
        // Found once: the quote stage reads every mark, and the claim and demand stages ask about scare quotes.
        var marks = QuoteMarks.Find(layer.Text, layer.Paragraphs);
        var quoteList = quotes.Find(layer, personMentions, organizationMentions, legalResult.Citations, issuer, marks);
        var figureMentions = figures.Find(layer);
        var incidentResult = incidents.Find(layer, matches, placeResult, timeMentions, figureMentions, personMentions, organizationMentions, quoteList, metadata);
        return new DocumentAnalysis
        {
            AnalyzerVersion = Version,
            Text = layer.Text,
            Metadata = metadata,
            Places = placeResult.Places,
            Persons = personMentions,
            Organizations = organizationMentions,
            Legal = legalResult.Citations,
            Issuer = issuer,
            Quotes = quoteList,
            Claims = claims.Find(layer, quoteList, issuer, personMentions, organizationMentions, placeResult.Places, marks),
            Demands = demands.Find(layer, quoteList, issuer, personMentions, organizationMentions, placeResult.Places, legalResult.Citations, marks),
            Loaded = rhetoric.Find(layer, issuer, quoteList, personMentions, organizationMentions, placeResult.Places),
            Times = timeMentions,
            Figures = figureMentions,
            Incidents = incidentResult.Reports,
            IncidentContext = incidentResult.Context,
            Statistics = new TextStatistics(layer.Text.Length, layer.Paragraphs.Length, layer.Sentences.Length, layer.Tokens.Length),
        };
    }
}
