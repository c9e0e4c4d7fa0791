namespace Attest.Mentions;

/// <summary>One form of a figure lexicon entry, as the lower-case tokens the text layer makes of it.</summary>
/// <param name="Tokens">The folded lower-case tokens; the first is the key it is filed under.</param>
/// <param name="Cue">Set for <see cref="FigurePhraseType.Cue"/>.</param>
/// <param name="Bound">For <see cref="FigurePhraseType.Bound"/>.</param>
/// <param name="After">A bound written after the number ("or more"); for blockers, one that stops a number
/// before it ("40 minutes").</param>
/// <param name="Before">For blockers: one that stops a number after it ("Article 22").</param>
/// <param name="Capitalized">Matches only when the text writes its first token with a capital (month names).</param>
internal sealed record FigurePhrase(
    string[] Tokens,
    FigurePhraseType Type,
    FigureCue? Cue,
    FigureBound Bound,
    bool After,
    bool Before,
    bool Capitalized)
{
    public int Length => Tokens.Length;
}
