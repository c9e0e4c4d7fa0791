using Attest.Model;
using Attest.Text;

namespace Attest.Incidents;

/// <summary>One event word in the text with the arguments found around it: the unit the merger groups into
/// incidents. Mutable only while one document is read; never leaves the stage.</summary>
internal sealed class IncidentMention
{
    public required EventPhrase Trigger { get; init; }

    public required int Token { get; init; }

    public required Span Span { get; init; }

    public required int Sentence { get; init; }

    /// <summary>The trigger's own type, or one decided by a weapon or a crowd beside it; null while open.</summary>
    public EventType? Type { get; set; }

    public TargetCategory? Target { get; set; }

    /// <summary>For a diplomatic target, the ISO code of the state whose mission or diplomat it is, as the text says.</summary>
    public string? MissionOwner { get; set; }

    public WeaponKind Weapon { get; set; }

    public bool Crowd { get; set; }

    public bool Violent { get; set; }

    public List<string> Countries { get; set; } = [];

    /// <summary>True when <see cref="Countries"/> are the sides of fighting that no place locates ("our units
    /// returned fire"), not where it happened.</summary>
    public bool SidesOnly { get; set; }

    public string? Place { get; set; }

    /// <summary>True when <see cref="Place"/> names a country rather than a town or region.</summary>
    public bool PlaceIsCountry { get; set; }

    public string? Date { get; set; }

    public string? Perpetrator { get; set; }

    public string? Motive { get; set; }

    public Modality Modality { get; set; }

    public string? ReportedBy { get; set; }

    public int Multiplier { get; set; } = 1;

    public int Ordinal { get; set; }

    public string Family => Trigger.Family;
}
