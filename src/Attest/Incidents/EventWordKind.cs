namespace Attest.Incidents;

/// <summary>What an entry of <c>events.tsv</c> is to the incident rules; one value per <c>event-*</c> kind.</summary>
internal enum EventWordKind : byte
{
    Trigger,
    Blocker,
    Target,
    Actor,
    Weapon,
    Violence,
    Modality,
    Multiplier,
    Ordinal,
    Motive,
    Location,
    Grammar,
}
