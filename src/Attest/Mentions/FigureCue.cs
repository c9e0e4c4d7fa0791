using System.Collections.Immutable;
using Attest.Model;

namespace Attest.Mentions;

/// <summary>A word that gives a number its kind (lexicon kind <c>figure-cue</c>), compiled from its attributes.</summary>
/// <param name="Name">The entry's canonical form, used in rule ids.</param>
/// <param name="Object">The count may follow the verb as its object ("killing two").</param>
/// <param name="Passive">A subject counts only after a passive auxiliary ("60 people were moved").</param>
/// <param name="Count">A noun counted directly ("32 attacks"); false for "toll", "crowd", "damage".</param>
/// <param name="Toll">The count follows later in the clause ("the death toll rose to 45").</param>
/// <param name="Takes">Prepositions that introduce the count after the cue ("deaths of", "damage to").</param>
/// <param name="People">A noun for people ("hostages"), which a later verb cue overrides ("three hostages were
/// killed"); other nouns count events ("two explosions") and keep their own kind.</param>
internal sealed record FigureCue(
    string Name,
    FigureKind Kind,
    FigureCuePos Pos,
    bool Object,
    bool Passive,
    bool Count,
    bool Toll,
    ImmutableArray<string> Takes,
    bool People)
{
    /// <summary>The rule id of each figure rule that can fire on this cue, made once: "figure.subject:killed".</summary>
    public string ObjectRule { get; } = "figure.object:" + Name;

    public string OfRule { get; } = "figure.of:" + Name;

    public string NounRule { get; } = "figure.noun:" + Name;

    public string SubjectRule { get; } = "figure.subject:" + Name;

    public string TollRule { get; } = "figure.toll:" + Name;

    /// <summary>True when <paramref name="preposition"/> (lower case) introduces this cue's count.</summary>
    public bool TakesPreposition(ReadOnlySpan<char> preposition)
    {
        foreach (var p in Takes)
        {
            if (preposition.SequenceEqual(p))
            {
                return true;
            }
        }

        return false;
    }
}
