namespace Attest.Incidents;

/// <summary>The modality a cue word signals (kind <c>event-modality</c>). <see cref="Denied"/> is a denial of
/// someone else's claim: the claim is still reported, so the event stays an incident.</summary>
internal enum EventCue : byte
{
    None,
    Hypothetical,
    Negated,
    Habitual,
    Historical,
    Denied,
    Reported,
}
