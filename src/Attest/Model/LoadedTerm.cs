namespace Attest.Model;

/// <summary>A judging word, attributed to whoever used it.</summary>
/// <param name="About">Whom or what it labels, when the text says so.</param>
public sealed record LoadedTerm(string Term, LoadedKind Kind, string? Speaker, string? About, Evidence Evidence);
