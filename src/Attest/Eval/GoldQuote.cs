namespace Attest.Eval;

/// <summary>A direct quotation: who said it and the first words of the quoted text.</summary>
/// <param name="Speaker">The speaker's name; null accepts any predicted speaker.</param>
public sealed record GoldQuote(string? Speaker, string Starts, bool Optional);
