namespace Attest.Model;

/// <summary>The six ACLED event types.</summary>
public enum EventType
{
    Battles,
    ExplosionsRemoteViolence,
    ViolenceAgainstCivilians,
    Protests,
    Riots,
    StrategicDevelopments,
}
