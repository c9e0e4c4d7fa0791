using Attest.Model;
using Attest.Text;

namespace Attest.Incidents;

/// <summary>One event word in the text with the arguments found around it: the unit the merger groups into
/// incidents. Mutable only while one document is read and merged; never leaves the stage.</summary>
/// <remarks>Kept in the thread's <see cref="IncidentScratch"/> and set up again for each mention of a later
/// document (<see cref="Reset"/>), so a document's mentions and their country lists are not allocated anew.</remarks>
internal sealed class IncidentMention
{
    public EventPhrase Trigger { get; private set; } = null!;

    public int Token { get; private set; }

    public Span Span { get; private set; }

    public int Sentence { get; private set; }

    /// <summary>The trigger's own type, or one decided by a weapon or a crowd beside it; null while open.</summary>
    public EventType? Type { get; set; }

    public TargetCategory? Target { get; set; }

    /// <summary>For a diplomatic target, the ISO code of the state whose mission or diplomat it is, as the text says.</summary>
    public string? MissionOwner { get; set; }

    public WeaponKind Weapon { get; set; }

    public bool Crowd { get; set; }

    public bool Violent { get; set; }

    public List<string> Countries { get; } = [];

    /// <summary>True when <see cref="Countries"/> are the sides of fighting that no place locates ("our units
    /// returned fire"), not where it happened.</summary>
    public bool SidesOnly { get; set; }

    public string? Place { get; set; }

    /// <summary>True when <see cref="Place"/> names a country rather than a town or region.</summary>
    public bool PlaceIsCountry { get; set; }

    public string? Date { get; set; }

    /// <summary>Where the text names the perpetrator as claimed; the merger writes out only the one a report shows.</summary>
    public Span? Perpetrator { get; set; }

    /// <summary>Where the text gives the motive; written out as <see cref="Perpetrator"/> is.</summary>
    public Span? Motive { get; set; }

    public Modality Modality { get; set; }

    public string? ReportedBy { get; set; }

    public int Multiplier { get; set; } = 1;

    public int Ordinal { get; set; }

    public string Family => Trigger.Family;

    /// <summary>Makes this the mention of <paramref name="trigger"/> at <paramref name="token"/> with nothing else
    /// known: every property as a new mention has it.</summary>
    public IncidentMention Reset(EventPhrase trigger, int token, Span span, int sentence)
    {
        Trigger = trigger;
        Token = token;
        Span = span;
        Sentence = sentence;
        Type = null;
        Target = null;
        MissionOwner = null;
        Weapon = default;
        Crowd = false;
        Violent = false;
        Countries.Clear();
        SidesOnly = false;
        Place = null;
        PlaceIsCountry = false;
        Date = null;
        Perpetrator = null;
        Motive = null;
        Modality = default;
        ReportedBy = null;
        Multiplier = 1;
        Ordinal = 0;
        return this;
    }
}
