using Attest.Linking;
using Attest.Model;

namespace Attest.Tests.Linking;

public sealed class IncidentLinkerTests
{
    private static readonly IncidentLinker Linker = new();

    [Fact]
    public void Accounts_of_one_incident_from_several_documents_form_one_incident()
    {
        var result = Linker.Link([Reports.Of(1), Reports.Of(2, date: "2024-03-03"), Reports.Of(3, date: "2024-03"), Reports.Of(4, date: null)]);

        Assert.Equal(1, result.ClusterCount);
    }

    [Fact]
    public void Attacks_on_missions_in_one_city_link_when_the_owner_is_the_same_and_not_when_it_differs()
    {
        var result = Linker.Link(
        [
            Reports.Of(1, place: "Lirensk", owner: "XV"),
            Reports.Of(2, place: "Lirensk", owner: "XO"),
            Reports.Of(3, place: "Lirensk", owner: "XV"),
            Reports.Of(4, place: "Lirensk", owner: "XO"),
        ]);

        Assert.Equal(2, result.ClusterCount);
        Assert.Equal(result.ClusterOf[0], result.ClusterOf[2]);
        Assert.Equal(result.ClusterOf[1], result.ClusterOf[3]);
        Assert.NotEqual(result.ClusterOf[0], result.ClusterOf[1]);
    }

    [Fact]
    public void Two_incidents_told_by_one_document_stay_apart_even_when_alike()
    {
        var result = Linker.Link([Reports.Of(1, index: 0), Reports.Of(1, index: 1)]);

        Assert.Equal(2, result.ClusterCount);
    }

    [Fact]
    public void A_report_joins_an_incident_only_if_it_fits_every_account()
    {
        // 2 and 3 are each a day from the other, but 1 and 3 are two days apart: 3 may not join 1 and 2.
        var result = Linker.Link([Reports.Of(1, date: "2024-03-02"), Reports.Of(2, date: "2024-03-03"), Reports.Of(3, date: "2024-03-04")]);

        Assert.Equal(result.ClusterOf[0], result.ClusterOf[1]);
        Assert.NotEqual(result.ClusterOf[0], result.ClusterOf[2]);
    }

    [Fact]
    public void Blocks_meet_across_a_month_boundary()
    {
        var result = Linker.Link([Reports.Of(1, date: "2024-03-31"), Reports.Of(2, date: "2024-04-01")]);

        Assert.Equal(1, result.ClusterCount);
    }

    [Fact]
    public void A_year_dated_memory_joins_other_year_dated_accounts_of_that_year()
    {
        var war = new[]
        {
            Reports.Of(1, date: "1998", place: "Vorda Valley", type: EventType.Battles, target: TargetCategory.Military),
            Reports.Of(2, date: "1998", place: null, type: EventType.Battles, target: TargetCategory.Military),
            Reports.Of(3, date: "199X", place: "Vorda Valley", type: EventType.Battles, target: TargetCategory.Military),
        };

        Assert.Equal(1, Linker.Link(war).ClusterCount);
    }

    [Fact]
    public void An_undated_report_links_through_its_place_only()
    {
        var result = Linker.Link(
        [
            Reports.Of(1, place: "Mirel", type: EventType.ExplosionsRemoteViolence, target: TargetCategory.Civilians),
            Reports.Of(2, date: null, place: "Mirel", type: EventType.ExplosionsRemoteViolence, target: TargetCategory.Civilians),
            Reports.Of(3, date: null, place: null, type: EventType.ExplosionsRemoteViolence, target: TargetCategory.Civilians),
        ]);

        Assert.Equal(result.ClusterOf[0], result.ClusterOf[1]);
        Assert.NotEqual(result.ClusterOf[0], result.ClusterOf[2]);
    }

    [Fact]
    public void A_vague_report_that_fits_two_incidents_equally_joins_neither()
    {
        var result = Linker.Link(
        [
            Reports.Of(1, date: "2024-03-02", place: "Lirensk"),
            Reports.Of(2, date: "2024-03-20", place: "Lirensk"),
            Reports.Of(3, date: "2024-03", place: "Lirensk"),
        ]);

        Assert.Equal(3, result.ClusterCount);
    }

    [Fact]
    public void A_vague_report_joins_the_incident_it_agrees_with_most()
    {
        var result = Linker.Link(
        [
            Reports.Of(1, date: "2024-03-02", place: "Lirensk"),
            Reports.Of(2, date: "2024-03-20", place: "Brennik"),
            Reports.Of(3, date: "2024-03", place: "Lirensk"),
        ]);

        Assert.Equal(result.ClusterOf[0], result.ClusterOf[2]);
        Assert.Equal(2, result.ClusterCount);
    }

    [Fact]
    public void Accounts_of_one_persons_detention_link_across_towns_and_countries()
    {
        var result = Linker.Link(
        [
            Reports.Detention(1, "Amira Solen", date: "2024-05-04", countries: "XE", place: "Tarvos"),
            Reports.Detention(2, "Solen", date: "2024-05-05", countries: "XV", place: "Halvorn"),
            Reports.Detention(3, "Amira Solen", date: "2024-05", countries: "XV", place: null),
            Reports.Detention(4, "Petar Voss", date: "2024-05-04", countries: "XV", place: "Halvorn"),
        ]);

        Assert.Equal(result.ClusterOf[0], result.ClusterOf[1]);
        Assert.Equal(result.ClusterOf[0], result.ClusterOf[2]);
        Assert.NotEqual(result.ClusterOf[0], result.ClusterOf[3]);
        Assert.Equal(2, result.ClusterCount);
    }

    [Fact]
    public void A_war_and_the_storming_of_a_mission_in_the_same_year_stay_apart()
    {
        var result = Linker.Link(
        [
            Reports.Of(1, date: "1998", place: null, type: EventType.Battles, target: null),
            Reports.Of(2, date: "1998", place: "Lirensk", type: EventType.Riots, target: TargetCategory.DiplomaticPremises),
            Reports.Of(3, date: "1998", place: null, type: EventType.Battles, target: TargetCategory.Military),
            Reports.Of(4, date: "1998", place: "Lirensk", type: EventType.Riots, target: TargetCategory.DiplomaticPremises),
        ]);

        Assert.Equal(result.ClusterOf[0], result.ClusterOf[2]);
        Assert.Equal(result.ClusterOf[1], result.ClusterOf[3]);
        Assert.Equal(2, result.ClusterCount);
    }

    [Fact]
    public void A_week_of_fighting_does_not_take_the_place_of_its_documents_account_of_a_shelling()
    {
        // Document 1 tells of a week of fighting and, apart, of the shelling document 2 reports: the shelling
        // links, the week of fighting (another event type, no target, no day) does not.
        var result = Linker.Link(
        [
            Reports.Of(1, index: 0, date: "2024-03-04/2024-03-10", place: null, type: EventType.Battles, target: null),
            Reports.Of(1, index: 1, date: "2024-03", place: "Mirel", type: EventType.ExplosionsRemoteViolence, target: TargetCategory.Civilians),
            Reports.Of(2, date: "2024-03-08", place: "Mirel", type: EventType.ExplosionsRemoteViolence, target: TargetCategory.Civilians),
        ]);

        Assert.Equal(result.ClusterOf[1], result.ClusterOf[2]);
        Assert.NotEqual(result.ClusterOf[0], result.ClusterOf[2]);
    }

    [Fact]
    public void Reports_without_a_country_are_never_linked()
    {
        var result = Linker.Link([Reports.Of(1, countries: ""), Reports.Of(2, countries: "")]);

        Assert.Equal(2, result.ClusterCount);
    }

    [Fact]
    public void Incidents_are_numbered_in_input_order()
    {
        var result = Linker.Link([Reports.Of(1, countries: "XV"), Reports.Of(2, countries: "XE"), Reports.Of(3, countries: "XV")]);

        Assert.Equal([0, 1, 0], result.ClusterOf.ToArray());
    }

    [Fact]
    public void The_order_of_the_input_does_not_change_the_incidents()
    {
        var reports = Generated(400);
        var forward = Partition(reports, Linker.Link(reports));
        var reversed = reports.AsEnumerable().Reverse().ToList();
        var backward = Partition(reversed, Linker.Link(reversed));

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void No_incident_ever_holds_two_incompatible_reports()
    {
        var reports = Generated(600);
        var result = Linker.Link(reports);

        foreach (var members in result.Clusters())
        {
            foreach (var a in members)
            {
                foreach (var b in members)
                {
                    if (a < b)
                    {
                        Assert.Equal(LinkConflict.None, IncidentCompatibility.Check(reports[a], reports[b]));
                    }
                }
            }
        }

        Assert.True(result.ClusterCount < reports.Count, "the generated reports repeat incidents, so some must link");
        Assert.Contains(result.Clusters(), members => members.Where(m => reports[m].TargetPerson is not null).SelectMany(m => reports[m].Report.Countries).Distinct().Count() > 1);
    }

    [Fact]
    public void Blocking_misses_no_incident_that_a_full_scan_would_offer()
    {
        // Every report that starts an incident of its own must be incompatible with, or ambiguous between, the
        // incidents that existed when it was placed; here: with all incidents whose accounts it fits entirely.
        var reports = Generated(300);
        var result = Linker.Link(reports);
        var clusters = result.Clusters();
        foreach (var members in clusters.Where(m => m.Length == 1))
        {
            var lone = members[0];
            var fits = clusters.Where(other => other != members && other.All(m => IncidentCompatibility.Check(reports[lone], reports[m]) == LinkConflict.None)).ToList();
            Assert.True(fits.Count != 1, $"{Show(reports[lone])} fits only {string.Join(" | ", fits.SelectMany(f => f).Select(m => Show(reports[m])))}");
        }

        static string Show(LinkReport r) =>
            $"{r.Document.Id}.{r.Index} {r.Report.EventType}/{r.Report.Target}/{r.Report.Date}/{string.Join(",", r.Report.Countries)}/{r.Report.Place}/{r.TargetPerson}";
    }

    /// <summary>Reports of a few dozen incidents in three countries, told by several documents each with
    /// varying precision, some strategic developments naming a target person: deterministic, from a fixed linear
    /// congruential sequence.</summary>
    private static List<LinkReport> Generated(int count)
    {
        var places = new[] { "Lirensk", "Brennik", "Mirel", "Tolmany", "Halvorn" };
        var persons = new[] { "Amira Solen", "Solen", "Petar Voss" };
        var countries = new[] { "XE", "XV", "XO" };
        var types = Enum.GetValues<EventType>();
        var targets = Enum.GetValues<TargetCategory>();
        var reports = new List<LinkReport>();
        uint state = 12345;
        int Next(int n)
        {
            state = unchecked((state * 1664525) + 1013904223);
            return (int)((state >> 8) % (uint)n);
        }

        for (var i = 0; i < count; i++)
        {
            var incident = Next(60);
            var day = new DateOnly(2024, 1, 1).AddDays(incident * 3 % 90);
            var date = Next(10) switch
            {
                0 => null,
                1 => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                2 => day.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                _ => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            // Some strategic developments name a person, and their sources disagree about the country.
            var person = types[incident % types.Length] == EventType.StrategicDevelopments && i % 2 == 0 ? persons[incident / 6 % persons.Length] : null;
            reports.Add(Reports.Of(
                document: i / 2,
                index: i % 2,
                date: date,
                countries: countries[(incident + (person is null ? 0 : i)) % 3],
                place: Next(6) == 0 ? null : places[incident % 5],
                type: types[incident % types.Length],
                target: Next(5) == 0 ? null : targets[incident % targets.Length],
                killed: Next(3) == 0 ? Next(4) : null,
                person: person));
        }

        return reports;
    }

    private static List<string> Partition(List<LinkReport> reports, LinkResult result) =>
        [.. result.Clusters()
            .Select(members => string.Join(" ", members.Select(m => $"{reports[m].Document.Id}.{reports[m].Index}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)];
}
