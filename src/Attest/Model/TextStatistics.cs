namespace Attest.Model;

/// <summary>Sizes of a document's text layer.</summary>
public sealed record TextStatistics(int Characters, int Paragraphs, int Sentences, int Tokens);
