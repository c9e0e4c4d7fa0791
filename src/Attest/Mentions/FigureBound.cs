namespace Attest.Mentions;

/// <summary>How a modifier qualifies the number it stands next to (lexicon kind <c>figure-bound</c>).</summary>
internal enum FigureBound : byte
{
    /// <summary>The number is the count ("a total of 12").</summary>
    Exact,

    /// <summary>An approximate count, still reported as the count ("about 40", "up to 50").</summary>
    Approx,

    /// <summary>A lower bound, reported as <c>count_min</c> ("more than 2,000", "at least 14").</summary>
    Min,

    /// <summary>A range "between N and M", reported as <c>count_min</c> N.</summary>
    Range,

    /// <summary>An upper bound ("fewer than 10"), which the model cannot state; no figure is reported.</summary>
    Max,
}
