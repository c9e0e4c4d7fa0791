using Attest.Model;

namespace Attest.Eval;

/// <summary>A number the document reports: exactly one of <paramref name="Count"/> and
/// <paramref name="CountMin"/> ("more than two thousand") is set.</summary>
/// <param name="Text">The words of the document; not scored.</param>
public sealed record GoldFigure(string? Text, long? Count, long? CountMin, FigureKind Kind, bool Optional);
