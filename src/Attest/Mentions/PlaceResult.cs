using System.Collections.Immutable;
using Attest.Model;

namespace Attest.Mentions;

/// <summary>What <see cref="PlaceStage"/> found in one document.</summary>
/// <param name="Places">Every place mention, in text order (a place named twice is two mentions).</param>
/// <param name="Missions">Diplomatic missions named with their owner or host ("the embassy of A in B").</param>
public sealed record PlaceResult(ImmutableArray<PlaceMention> Places, ImmutableArray<MissionMention> Missions)
{
    /// <summary>A result with nothing found.</summary>
    public static PlaceResult Empty { get; } = new([], []);
}
