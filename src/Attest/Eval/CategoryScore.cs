namespace Attest.Eval;

/// <summary>The score of one category, under its name in the report (<c>persons</c>, <c>loaded_attributed</c> …).</summary>
public sealed record CategoryScore(string Name, Score Score);
