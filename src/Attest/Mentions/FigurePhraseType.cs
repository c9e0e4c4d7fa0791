namespace Attest.Mentions;

/// <summary>Which lexicon kind a figure phrase came from.</summary>
internal enum FigurePhraseType : byte
{
    Cue,
    Bound,
    Blocker,
    Subset,
}
