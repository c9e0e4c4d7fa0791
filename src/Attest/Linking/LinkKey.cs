using Attest.Model;

namespace Attest.Linking;

/// <summary>What the compatibility rule reads from a report, prepared once: event type and family masks, parsed
/// date, country ids, the prepared place and the target person's name (folded and cut into words like a place
/// name).</summary>
internal readonly record struct LinkKey(
    long DocumentId,
    EventType Type,
    int EventFamilies,
    int TargetFamily,
    IncidentDate? Date,
    int[] Countries,
    PlaceInfo? Place,
    string? MissionOwner,
    PlaceInfo? Person)
{
    /// <summary>Prepares a report with country ids from <paramref name="countryIds"/> (a shared table when the
    /// linker prepares many reports, or a fresh one for a single comparison).</summary>
    public static LinkKey Of(LinkReport report, PlaceCache places, Dictionary<string, int>? countryIds = null)
    {
        countryIds ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var r = report.Report;
        var codes = r.Countries.IsDefaultOrEmpty ? [] : new int[r.Countries.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            var code = r.Countries[i];
            if (!countryIds.TryGetValue(code, out var id))
            {
                id = countryIds.Count;
                countryIds.Add(code, id);
            }

            codes[i] = id;
        }

        return new LinkKey(
            report.Document.Id,
            r.EventType,
            IncidentCompatibility.EventFamilies(r.EventType),
            IncidentCompatibility.TargetFamily(r.Target),
            IncidentDate.Parse(r.Date),
            codes,
            places.Get(r.Place),
            report.MissionOwner,
            places.Get(report.TargetPerson));
    }
}
