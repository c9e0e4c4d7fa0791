namespace Attest.Ingest;

/// <summary>Text decoded from bytes and the encoding it was found to be in.</summary>
public sealed record DecodedText(string Text, string Encoding);
