using Attest.Linking;
using Attest.Model;
using Attest.Text;

namespace Attest.Tests.Linking;

/// <summary>Incident reports built by hand for the linker tests: a riot at a mission in an invented capital
/// unless a test says otherwise.</summary>
internal static class Reports
{
    public static LinkReport Of(
        long document,
        string? date = "2024-03-02",
        string countries = "XE",
        string? place = "Lirensk",
        EventType type = EventType.Riots,
        TargetCategory? target = TargetCategory.DiplomaticPremises,
        long? killed = null,
        long? injured = null,
        string? perpetrator = null,
        string? motive = null,
        int index = 0,
        string? publisher = null,
        string? side = null,
        long? group = null,
        string? owner = null,
        string? person = null) =>
        new(
            new LinkDocument(document, $"doc{document}.txt", publisher ?? $"Outlet {document}", null, side, group ?? document),
            index,
            new IncidentReport(type, target, date, [.. countries.Split(' ', StringSplitOptions.RemoveEmptyEntries)], place, perpetrator, killed, injured, motive, Modality.Asserted, null, Evidence.Of(new Span(0, 1), "test")),
            owner)
        {
            TargetPerson = person,
        };

    /// <summary>A detention of a named person: a strategic development aimed at a civilian.</summary>
    public static LinkReport Detention(long document, string? person, string? date = "2024-05-04", string countries = "XE", string? place = "Tarvos") =>
        Of(document, date: date, countries: countries, place: place, type: EventType.StrategicDevelopments, target: TargetCategory.Civilians, person: person);
}
