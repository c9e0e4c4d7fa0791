using Attest.Eval;
using Attest.Model;

namespace Attest.Linking;

/// <summary>The pairwise rule: can two incident reports be accounts of one incident? The linker never puts two
/// reports into one incident unless this says yes for the pair.</summary>
public static class IncidentCompatibility
{
    /// <summary>Event types compare by family, because sources name one event differently ("attack" and "riot";
    /// "shelling" and "clash"): political violence (battles, explosions and remote violence, violence against
    /// civilians, riots), demonstrations (protests, riots), and strategic developments. Riots belong to both
    /// violence and demonstrations, so a riot may join a protest and an attack, but a protest never joins a
    /// battle.</summary>
    public static int EventFamilies(EventType type) => type switch
    {
        EventType.Battles or EventType.ExplosionsRemoteViolence or EventType.ViolenceAgainstCivilians => Violence,
        EventType.Riots => Violence | Demonstration,
        EventType.Protests => Demonstration,
        _ => Strategic,
    };

    /// <summary>Targets compare by family: diplomatic (premises, personnel), military, government, and civilian
    /// (civilians, infrastructure). A report without a target is compatible with any, and so is one whose target
    /// is only property: broken windows and a burnt car may be an embassy's or a village's, so property says
    /// nothing about whose.</summary>
    public static int TargetFamily(TargetCategory? target) => target switch
    {
        null or TargetCategory.Property => NoTarget,
        TargetCategory.DiplomaticPremises or TargetCategory.DiplomaticPersonnel => 0,
        TargetCategory.Military => 1,
        TargetCategory.Government => 2,
        _ => 3,
    };

    internal const int Violence = 1;
    internal const int Demonstration = 2;
    internal const int Strategic = 4;
    internal const int NoTarget = 4;

    /// <summary>Checks the rule in order and returns the first conflict, or <see cref="LinkConflict.None"/>.</summary>
    public static LinkConflict Check(LinkReport a, LinkReport b, Gazetteer? gazetteer = null, LinkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var places = new PlaceCache(gazetteer ?? Gazetteer.Empty);
        var countries = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        return Check(LinkKey.Of(a, places, countries), LinkKey.Of(b, places, countries), options ?? LinkerOptions.Default);
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> name one place or one contains the other:
    /// equal names (case and diacritics ignored), one name's words inside the other's ("Vorda" and "Vorda
    /// Valley"), or either is a country or region.</summary>
    public static bool SamePlace(string? a, string? b, Gazetteer? gazetteer = null)
    {
        var places = new PlaceCache(gazetteer ?? Gazetteer.Empty);
        return PlacesCompatible(places.Get(a), places.Get(b));
    }

    internal static LinkConflict Check(in LinkKey a, in LinkKey b, LinkerOptions options)
    {
        if (a.DocumentId == b.DocumentId)
        {
            return LinkConflict.SameDocument;
        }

        if ((a.EventFamilies & b.EventFamilies) == 0)
        {
            return LinkConflict.EventType;
        }

        if (a.TargetFamily != NoTarget && b.TargetFamily != NoTarget && a.TargetFamily != b.TargetFamily)
        {
            return LinkConflict.Target;
        }

        // One named person detained (arrested, abducted) at overlapping dates is one incident, wherever each
        // source places it: sources on opposite sides often disagree about the town or even the country.
        var samePerson = SamePerson(a.Person, b.Person);
        if (!samePerson && !ShareCountry(a.Countries, b.Countries))
        {
            return LinkConflict.Country;
        }

        if (a.MissionOwner is not null && b.MissionOwner is not null && !string.Equals(a.MissionOwner, b.MissionOwner, StringComparison.OrdinalIgnoreCase))
        {
            return LinkConflict.MissionOwner;
        }

        if (a.Date is { } da && b.Date is { } db)
        {
            var tolerance = da.Days <= options.PreciseDays && db.Days <= options.PreciseDays ? options.DateToleranceDays : 0;
            if (!da.Overlaps(db, tolerance))
            {
                return LinkConflict.Date;
            }

            // A date that does not pin the day (a week, a month, a year) holds many incidents of one family in one
            // country: overlapping at that precision does not make a battle and a riot at a mission one event
            // unless something else says they are alike.
            if (!samePerson && (da.Days > options.PreciseDays || db.Days > options.PreciseDays) && a.Type != b.Type
                && !(a.TargetFamily != NoTarget && a.TargetFamily == b.TargetFamily))
            {
                return LinkConflict.VagueDate;
            }
        }

        return samePerson || PlacesCompatible(a.Place, b.Place) ? LinkConflict.None : LinkConflict.Place;
    }

    /// <summary>True when both name a person and the shorter name is the longer one or a part of it that keeps its
    /// last word ("Lindari" and "Vessa Lindari"); a first name alone matches nobody.</summary>
    internal static bool SamePerson(PlaceInfo? a, PlaceInfo? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        var (shorter, longer) = a.Words.Count <= b.Words.Count ? (a.Words, b.Words) : (b.Words, a.Words);
        return TextFold.ContainsWords(longer, shorter) && string.Equals(shorter[^1], longer[^1], StringComparison.Ordinal);
    }

    internal static bool PlacesCompatible(PlaceInfo? a, PlaceInfo? b)
    {
        if (a is null || b is null || ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Scale == PlaceScale.Broad || b.Scale == PlaceScale.Broad || string.Equals(a.Folded, b.Folded, StringComparison.Ordinal))
        {
            return true;
        }

        return TextFold.ContainsWords(a.Words, b.Words) || TextFold.ContainsWords(b.Words, a.Words);
    }

    private static bool ShareCountry(int[] a, int[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x == y)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
