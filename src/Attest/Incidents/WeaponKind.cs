namespace Attest.Incidents;

/// <summary>The weapon an event word names or implies.</summary>
internal enum WeaponKind : byte
{
    None,
    Firearm,
    Explosive,
}
