namespace Attest.Mentions;

/// <summary>The parts of a <see cref="TimeToken"/> that few tokens have: a phrase of the lexicon that starts there,
/// or a date written inside the token. Kept apart so the per-token record the grammar clears and fills for every
/// token stays small; a token points at its detail by index, 0 meaning none.</summary>
internal struct TimeTokenDetail
{
    /// <summary>The longest multi-token phrase of the lexicon that starts here (default when none).</summary>
    public TimeWord Phrase;

    /// <summary>A date written inside one token: "10.03.2024", "10-August-2012", "mid-September", "15Sep".</summary>
    public TimePoint Inner;

    /// <summary>The end of a span written inside one token ("April-June"); none otherwise.</summary>
    public TimePoint InnerTo;

    /// <summary>True when nothing is set: a phrase always spans tokens, and a span's end comes with its start.</summary>
    public readonly bool IsEmpty => Phrase.Tokens == 0 && Inner.IsNone && InnerTo.IsNone;
}
