namespace Attest.Eval;

/// <summary>How the unmatched predictions of a category become false positives.</summary>
internal enum Counting
{
    /// <summary>Predictions are mentions: one that fits a gold item already matched is another mention of
    /// it and costs nothing, and the rest count once per distinct key.</summary>
    Mentions,

    /// <summary>Every unmatched prediction is a false positive.</summary>
    Items,
}
