using System.Collections.Immutable;

namespace Attest.Eval;

/// <summary>The gold annotation of one document: what a careful analyst records from its text.</summary>
/// <param name="Doc">The document's file name, which pairs gold with predictions.</param>
/// <param name="Issuer">Whose voice the document speaks in, when the annotator names one.</param>
public sealed record GoldDocument(
    string Doc,
    GoldMeta Meta,
    GoldName? Issuer,
    ImmutableArray<GoldName> Persons,
    ImmutableArray<GoldName> Organizations,
    ImmutableArray<GoldPlace> Places,
    ImmutableArray<GoldTime> Times,
    ImmutableArray<GoldFigure> Figures,
    ImmutableArray<GoldLegal> Legal,
    ImmutableArray<GoldQuote> Quotes,
    ImmutableArray<GoldDemand> Demands,
    ImmutableArray<GoldIncident> Incidents,
    ImmutableArray<GoldLoaded> Loaded);
