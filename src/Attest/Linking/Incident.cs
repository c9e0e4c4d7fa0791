using System.Collections.Immutable;
using Attest.Model;

namespace Attest.Linking;

/// <summary>One real-world incident as many sources tell it. Attest does not decide which account is right:
/// the headline values are the best-supported ones, and every disagreement is kept.</summary>
/// <param name="EventType">The event type most accounts give (ties: the first account's).</param>
/// <param name="Date">The consensus date, or null when no account dates it.</param>
/// <param name="Countries">Every country any account places it in, ascending.</param>
/// <param name="Place">The consensus place.</param>
/// <param name="Coordinates">Where the consensus place is, when known.</param>
/// <param name="Accounts">Every account, ordered by document id and report index.</param>
/// <param name="Consensus">The best-supported value of each attribute some account states.</param>
public sealed record Incident(
    EventType EventType,
    TargetCategory? Target,
    string? Date,
    ImmutableArray<string> Countries,
    string? Place,
    GeoPoint? Coordinates,
    ImmutableArray<LinkReport> Accounts,
    ImmutableArray<ConsensusValue> Consensus,
    ImmutableArray<Contradiction> Contradictions,
    Corroboration Corroboration)
{
    /// <summary>The consensus of <paramref name="attribute"/>, or null when no account states it.</summary>
    public ConsensusValue? ConsensusOf(IncidentAttribute attribute)
    {
        foreach (var value in Consensus)
        {
            if (value.Attribute == attribute)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The contradiction on <paramref name="attribute"/>, or null when the accounts agree on it.</summary>
    public Contradiction? ContradictionOf(IncidentAttribute attribute)
    {
        foreach (var contradiction in Contradictions)
        {
            if (contradiction.Attribute == attribute)
            {
                return contradiction;
            }
        }

        return null;
    }
}
