using System.Collections.Immutable;

namespace Attest.Model;

/// <summary>Everything the analyzer found in one document. Every span refers to <see cref="Text"/>,
/// the normalised text the analyzer read.</summary>
public sealed record DocumentAnalysis
{
    /// <summary>The version of the analyzer (code, rules and lexicons) that produced this analysis.</summary>
    public required string AnalyzerVersion { get; init; }

    /// <summary>The normalised text every span points into.</summary>
    public required string Text { get; init; }

    public required DocumentMetadata Metadata { get; init; }

    public required TextStatistics Statistics { get; init; }

    public Issuer? Issuer { get; init; }

    public ImmutableArray<PersonMention> Persons { get; init; } = [];

    public ImmutableArray<OrganizationMention> Organizations { get; init; } = [];

    public ImmutableArray<PlaceMention> Places { get; init; } = [];

    public ImmutableArray<TimeMention> Times { get; init; } = [];

    public ImmutableArray<FigureMention> Figures { get; init; } = [];

    public ImmutableArray<LegalCitation> Legal { get; init; } = [];

    public ImmutableArray<Quote> Quotes { get; init; } = [];

    public ImmutableArray<Claim> Claims { get; init; } = [];

    public ImmutableArray<Demand> Demands { get; init; } = [];

    public ImmutableArray<IncidentReport> Incidents { get; init; } = [];

    /// <summary>Incident mentions that are not reports of an incident: hypothetical, negated, habitual and
    /// historical ones, and asserted ones the text places nowhere. Kept so a reader sees what was set aside
    /// and why (<see cref="IncidentReport.Modality"/>); never linked or counted.</summary>
    public ImmutableArray<IncidentReport> IncidentContext { get; init; } = [];

    public ImmutableArray<LoadedTerm> Loaded { get; init; } = [];
}
