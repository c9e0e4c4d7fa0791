using System.Collections.Immutable;

namespace Attest.Mentions;

/// <summary>A lexicon organisation that belongs to a state: its name and its forms in comparison form
/// (<see cref="NameText.Fold"/>), to report a body the rules found by the name the lexicon gives it.</summary>
internal sealed record NameStateBody(string Name, ImmutableArray<string> Forms);
