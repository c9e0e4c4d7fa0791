namespace Attest.Json;

/// <summary>Provenance written next to an analysis in JSON: where the text came from.</summary>
public sealed record DocumentInfo(string Source, string Sha256, long Bytes, string Format, string Encoding);
