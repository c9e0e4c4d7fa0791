namespace Attest.Eval;

/// <summary>Counts of one category or of linking, and the ratios derived from them.</summary>
/// <remarks>A ratio whose denominator is zero is 0, with one exception: when there is nothing at all
/// (no true positive, false positive or false negative) precision, recall and F1 are 1, because nothing was to
/// be found and nothing was claimed. The counts travel with the ratios so a reader can always tell the cases
/// apart.</remarks>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Nothing found, nothing missed.</summary>
    public static Score Zero { get; } = new(0, 0, 0);

    /// <summary>True when there were neither gold items nor predictions.</summary>
    public bool IsEmpty => TruePositives == 0 && FalsePositives == 0 && FalseNegatives == 0;

    /// <summary>tp / (tp + fp).</summary>
    public double Precision => IsEmpty ? 1 : Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>tp / (tp + fn).</summary>
    public double Recall => IsEmpty ? 1 : Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall: 2·tp / (2·tp + fp + fn).</summary>
    public double F1 => IsEmpty ? 1 : Ratio(2L * TruePositives, (2L * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>The sum of two scores' counts.</summary>
    public static Score operator +(Score left, Score right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new Score(
            left.TruePositives + right.TruePositives,
            left.FalsePositives + right.FalsePositives,
            left.FalseNegatives + right.FalseNegatives);
    }

    private static double Ratio(long numerator, long denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
