namespace Attest.Linking;

/// <summary>Why two incident reports cannot be accounts of one incident; <see cref="None"/> when they can.</summary>
public enum LinkConflict
{
    None,

    /// <summary>Both come from one document, which reports distinct incidents separately.</summary>
    SameDocument,

    /// <summary>Their event types share no family (<see cref="IncidentCompatibility.EventFamilies"/>).</summary>
    EventType,

    /// <summary>Their targets belong to different families.</summary>
    Target,

    /// <summary>They share no country, or one has none.</summary>
    Country,

    /// <summary>Both name the state whose mission was attacked, and the states differ.</summary>
    MissionOwner,

    /// <summary>Their dates cannot overlap, even allowing the tolerance for day-precise dates.</summary>
    Date,

    /// <summary>Both name a local place, and neither place contains the other.</summary>
    Place,

    /// <summary>Only a date that does not pin the day (a week, a month, a year) ties them, and nothing says they
    /// are the same kind of event: their event types differ and their targets are not both known and of one family
    /// (a war and the storming of an embassy in the same year).</summary>
    VagueDate,
}
