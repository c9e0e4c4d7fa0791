namespace Attest.Model;

/// <summary>A number the text reports. Exactly one of <paramref name="Count"/> ("79 were killed")
/// and <paramref name="CountMin"/> ("more than two thousand") is set.</summary>
/// <param name="Counted">Whom or what it counts, as written ("peaceful Azerbaijanis"), when stated.</param>
public sealed record FigureMention(long? Count, long? CountMin, FigureKind Kind, string? Counted, Evidence Evidence);
