namespace Attest.Linking;

/// <summary>A point on which the accounts of one incident can agree or conflict.</summary>
public enum IncidentAttribute
{
    Date,
    Place,
    Killed,
    Injured,
    Perpetrator,
    Motive,
}
