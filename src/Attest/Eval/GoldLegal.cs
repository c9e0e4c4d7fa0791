namespace Attest.Eval;

/// <summary>A cited legal instrument by id (<c>VCDR</c> …) and article; a null article means none is named.</summary>
public sealed record GoldLegal(string Instrument, string? Article, bool Optional);
