using Attest.Linking;
using Attest.Model;

namespace Attest.Incidents;

/// <summary>An incident being assembled from its mentions. Mutable only while one document is merged; the merger
/// keeps drafts per thread and sets them up again (<see cref="Reset"/>) for the next document.</summary>
internal sealed class IncidentDraft
{
    public List<IncidentMention> Mentions { get; } = [];

    /// <summary>For incidents a multiplier made ("raided twice"): which one of the group (1, 2 …); 0 otherwise.</summary>
    public int Copy { get; private set; }

    public List<string> Countries { get; } = [];

    public string? Date { get; set; }

    public string? Place { get; set; }

    public bool PlaceIsCountry { get; set; }

    public TargetCategory? Target { get; set; }

    public string? MissionOwner { get; set; }

    /// <summary>The types the mentions give, one bit each (EventType has six members): the merger asks every draft
    /// for every mention, and a mask answers without a set.</summary>
    private int types;

    public string? Family { get; set; }

    /// <summary>Makes this an incident with no mentions yet, as a new draft is; <paramref name="copy"/> as <see cref="Copy"/>.</summary>
    public IncidentDraft Reset(int copy)
    {
        Mentions.Clear();
        Copy = copy;
        Countries.Clear();
        Date = null;
        Place = null;
        PlaceIsCountry = false;
        Target = null;
        MissionOwner = null;
        types = 0;
        Family = null;
        return this;
    }

    public void Add(IncidentMention m)
    {
        Mentions.Add(m);
        // The sides of a fight do not move an incident that a place already locates.
        foreach (var c in m.SidesOnly && Countries.Count > 0 ? [] : m.Countries)
        {
            if (!Countries.Contains(c))
            {
                Countries.Add(c);
            }
        }

        if (m.Date is not null && (Date is null || m.Date.Length > Date.Length))
        {
            Date = m.Date;
        }

        if (m.Place is not null && (Place is null || (PlaceIsCountry && !m.PlaceIsCountry)))
        {
            Place = m.Place;
            PlaceIsCountry = m.PlaceIsCountry;
        }

        Target ??= m.Target;
        MissionOwner ??= m.MissionOwner;
        if (m.Type is { } type)
        {
            types |= Bit(type);
        }

        if (m.Type == EventType.StrategicDevelopments)
        {
            Family ??= m.Family;
        }
    }

    /// <summary>True when the mention can describe this incident: nothing it says conflicts with what the incident
    /// already holds (type, kind of development, target group, mission owner, countries, date, town).</summary>
    public bool Accepts(IncidentMention m)
    {
        if (!Locates(m))
        {
            return false;
        }

        var developments = HasType(EventType.StrategicDevelopments);
        if (m.Type is null)
        {
            // An open attack word ("the attack") can be any violent event, never a development, and an attack on
            // a mission is no battle.
            return !developments && !(HasType(EventType.Battles) && m.Target is TargetCategory.DiplomaticPremises or TargetCategory.DiplomaticPersonnel);
        }

        if (types == 0)
        {
            return m.Type != EventType.StrategicDevelopments || Mentions.Count == 0;
        }

        if (m.Type == EventType.StrategicDevelopments)
        {
            return developments && (Family is null || Family == m.Family);
        }

        // A type the incident already has agrees: once a battle and shelling at one town were merged, a later
        // "returned fire" without a town belongs to them, as it would to either alone.
        if (HasType(m.Type.Value))
        {
            return true;
        }

        var samePlace = Place is not null && Place == m.Place;
        for (var rest = types; rest != 0; rest &= rest - 1)
        {
            if (!TypesAgree((EventType)System.Numerics.BitOperations.TrailingZeroCount(rest), m.Type.Value, samePlace))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a mention merged into the incident gives <paramref name="type"/>.</summary>
    public bool HasType(EventType type) => (types & Bit(type)) != 0;

    private static int Bit(EventType type) => 1 << (int)type;

    /// <summary>True when the mention's countries, date and target group do not conflict with the incident's; the
    /// test for two words of one sentence, whatever their types ("a crowd stormed the embassy and held eleven
    /// diplomats").</summary>
    public bool Locates(IncidentMention m)
    {
        // Two different towns are two incidents; an area ("X district", "the Y valley") may hold either.
        // A detention names both where a person was taken and where they are held.
        if (Place is not null && m.Place is not null && !PlaceIsCountry && !m.PlaceIsCountry && m.Family != "detain"
            && !string.Equals(Place, m.Place, StringComparison.Ordinal) && !IsArea(Place) && !IsArea(m.Place))
        {
            return false;
        }

        if (Target is { } target && m.Target is { } other && Group(target) != Group(other) && Group(target) >= 0 && Group(other) >= 0)
        {
            return false;
        }

        if (Countries.Count > 0 && m.Countries.Count > 0 && !m.SidesOnly && !SharesCountry(m.Countries))
        {
            return false;
        }

        // Missions of two states are two targets, so two incidents.
        if (MissionOwner is not null && m.MissionOwner is not null && !string.Equals(MissionOwner, m.MissionOwner, StringComparison.Ordinal))
        {
            return false;
        }

        return Date is null || m.Date is null || DatesOverlap(Date, m.Date);
    }

    /// <summary>True when two TIMEX values may denote the same days; values that cannot be read never conflict.</summary>
    public static bool DatesOverlap(string a, string b) =>
        IncidentDate.Parse(a) is not { } x || IncidentDate.Parse(b) is not { } y || x.Overlaps(y);

    private bool SharesCountry(List<string> countries)
    {
        foreach (var c in countries)
        {
            if (Countries.Contains(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsArea(string place)
    {
        // Called for every pair of incident and mention: the last word is lowered into a buffer, not a new string.
        var space = place.LastIndexOf(' ');
        var last = space < 0 ? [] : place.AsSpan(space + 1);
        if (last.Length > 11)
        {
            return false;
        }

        Span<char> lower = stackalloc char[last.Length];
        last.ToLowerInvariant(lower);
        return lower is "district" or "region" or "valley" or "province" or "oblast" or "governorate"
            or "state" or "sector" or "area" or "county" or "zone" or "line";
    }

    private static bool TypesAgree(EventType a, EventType b, bool samePlace) =>
        a == b
        || (a is EventType.Protests or EventType.Riots && b is EventType.Protests or EventType.Riots)
        || (samePlace && a is EventType.Battles or EventType.ExplosionsRemoteViolence && b is EventType.Battles or EventType.ExplosionsRemoteViolence);

    private static int Group(TargetCategory category) => category switch
    {
        TargetCategory.DiplomaticPremises or TargetCategory.DiplomaticPersonnel => 0,
        TargetCategory.Military => 1,
        TargetCategory.Government => 2,
        TargetCategory.Property => -1,
        _ => 3,
    };
}
