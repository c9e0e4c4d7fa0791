namespace Attest.Model;

/// <summary>Who calls on whom to do what, on which legal basis.</summary>
/// <param name="LegalBasis">Instrument id cited as the basis, when the sentence or paragraph cites one.</param>
public sealed record Demand(string Speaker, string Addressee, DemandAction Action, string? Object, string? LegalBasis, Evidence Evidence);
