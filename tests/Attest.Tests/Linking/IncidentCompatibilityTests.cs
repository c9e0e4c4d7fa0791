using Attest.Lexicons;
using Attest.Linking;
using Attest.Model;

namespace Attest.Tests.Linking;

public sealed class IncidentCompatibilityTests
{
    private static readonly Gazetteer Places = Gazetteer.From(new LexiconSet(
    [
        new LexiconEntry("region", "Vorda Valley", ["Vorda"], System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("country", "XE"), "test:1"),
        new LexiconEntry("city", "Mirel", [], System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("country", "XE"), "test:2"),
        new LexiconEntry("country", "Estravia", [], System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("iso", "XE"), "test:3"),
    ]));

    public static TheoryData<string, LinkReport, LinkReport, LinkConflict> Pairs => new()
    {
        { "same incident, other words", Reports.Of(1), Reports.Of(2, type: EventType.ViolenceAgainstCivilians), LinkConflict.None },
        { "one document reports two incidents", Reports.Of(1, index: 0), Reports.Of(1, index: 1), LinkConflict.SameDocument },
        { "protest never joins a battle", Reports.Of(1, type: EventType.Protests, target: null), Reports.Of(2, type: EventType.Battles, target: null), LinkConflict.EventType },
        { "riot joins a protest", Reports.Of(1, type: EventType.Protests), Reports.Of(2, type: EventType.Riots), LinkConflict.None },
        { "mission and army post", Reports.Of(1), Reports.Of(2, target: TargetCategory.Military), LinkConflict.Target },
        { "premises and staff of a mission", Reports.Of(1), Reports.Of(2, target: TargetCategory.DiplomaticPersonnel), LinkConflict.None },
        { "no target fits any", Reports.Of(1, target: null), Reports.Of(2, target: TargetCategory.Military), LinkConflict.None },
        { "no shared country", Reports.Of(1, countries: "XE"), Reports.Of(2, countries: "XV"), LinkConflict.Country },
        { "one shared country", Reports.Of(1, countries: "XE XV"), Reports.Of(2, countries: "XV"), LinkConflict.None },
        { "missions of two states", Reports.Of(1, owner: "XV"), Reports.Of(2, owner: "XO"), LinkConflict.MissionOwner },
        { "a day apart", Reports.Of(1, date: "2024-03-02"), Reports.Of(2, date: "2024-03-03"), LinkConflict.None },
        { "two days apart", Reports.Of(1, date: "2024-03-02"), Reports.Of(2, date: "2024-03-04"), LinkConflict.Date },
        { "month holds the day", Reports.Of(1, date: "2024-03"), Reports.Of(2, date: "2024-03-31"), LinkConflict.None },
        { "month and next month's first day", Reports.Of(1, date: "2024-03"), Reports.Of(2, date: "2024-04-01"), LinkConflict.Date },
        { "undated fits any date", Reports.Of(1, date: null), Reports.Of(2, date: "1998"), LinkConflict.None },
        { "two towns", Reports.Of(1, place: "Lirensk"), Reports.Of(2, place: "Brennik"), LinkConflict.Place },
        { "place within place by words", Reports.Of(1, place: "central Lirensk"), Reports.Of(2, place: "Lirensk"), LinkConflict.None },
        { "region holds a town", Reports.Of(1, place: "Vorda Valley"), Reports.Of(2, place: "Mirel"), LinkConflict.None },
        { "country holds a town", Reports.Of(1, place: "Estravia"), Reports.Of(2, place: "Mirel"), LinkConflict.None },
        { "case and diacritics do not matter", Reports.Of(1, place: "MIRÉL"), Reports.Of(2, place: "Mirel"), LinkConflict.None },
        { "a year holds a war and a storming", Reports.Of(1, date: "1998", place: "Vorda Valley", type: EventType.Battles, target: null), Reports.Of(2, date: "1998", place: "Mirel"), LinkConflict.VagueDate },
        { "a month holds clashes and a shelling", Reports.Of(1, date: "2024-03", place: "Vorda Valley", type: EventType.Battles, target: null), Reports.Of(2, date: "2024-03-08", place: "Mirel", type: EventType.ExplosionsRemoteViolence, target: TargetCategory.Civilians), LinkConflict.VagueDate },
        { "a week of fighting and a shelling", Reports.Of(1, date: "2024-03-04/2024-03-10", place: "Vorda", type: EventType.Battles, target: null), Reports.Of(2, date: "2024-03-08", place: "Mirel", type: EventType.ExplosionsRemoteViolence, target: null), LinkConflict.VagueDate },
        { "a year and one event type", Reports.Of(1, date: "1998", type: EventType.Battles, target: null), Reports.Of(2, date: "1998-05", type: EventType.Battles, target: TargetCategory.Military), LinkConflict.None },
        { "a year and one target family", Reports.Of(1, date: "1998", type: EventType.Battles, target: TargetCategory.Military), Reports.Of(2, date: "1998", type: EventType.ExplosionsRemoteViolence, target: TargetCategory.Military), LinkConflict.None },
        { "one day needs no more", Reports.Of(1, date: "2024-03-08", place: "Vorda Valley", type: EventType.Battles, target: null), Reports.Of(2, date: "2024-03-08", place: "Mirel", type: EventType.ExplosionsRemoteViolence, target: TargetCategory.Civilians), LinkConflict.None },
        { "one detainee in two countries", Reports.Detention(1, "Amira Solen", countries: "XE"), Reports.Detention(2, "Amira Solen", countries: "XV", place: "Halvorn"), LinkConflict.None },
        { "one detainee in two towns", Reports.Detention(1, "Amira Solen", place: "Tarvos"), Reports.Detention(2, "AMIRA SOLEN", place: "Kessel"), LinkConflict.None },
        { "the detainee by surname", Reports.Detention(1, "Amira Solen", countries: "XE"), Reports.Detention(2, "Solen", countries: "XV", date: "2024-05"), LinkConflict.None },
        { "a first name is not the person", Reports.Detention(1, "Amira Solen", countries: "XE"), Reports.Detention(2, "Amira", countries: "XV"), LinkConflict.Country },
        { "two detainees in two countries", Reports.Detention(1, "Amira Solen", countries: "XE"), Reports.Detention(2, "Petar Voss", countries: "XV"), LinkConflict.Country },
        { "two detainees in two towns", Reports.Detention(1, "Amira Solen", place: "Tarvos"), Reports.Detention(2, "Petar Voss", place: "Kessel"), LinkConflict.Place },
        { "one detainee, two detentions", Reports.Detention(1, "Amira Solen", date: "2024-01-10"), Reports.Detention(2, "Amira Solen", date: "2024-05-04"), LinkConflict.Date },
        { "one person, a detention and a protest", Reports.Detention(1, "Amira Solen"), Reports.Of(2, date: "2024-05-04", type: EventType.Protests, target: null, person: "Amira Solen"), LinkConflict.EventType },
        { "one person, civilian and soldier", Reports.Detention(1, "Amira Solen"), Reports.Of(2, date: "2024-05-04", type: EventType.StrategicDevelopments, target: TargetCategory.Military, person: "Amira Solen"), LinkConflict.Target },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Checks_each_rule_in_turn(string why, LinkReport a, LinkReport b, LinkConflict expected)
    {
        Assert.True(why.Length > 0);
        Assert.Equal(expected, IncidentCompatibility.Check(a, b, Places));
        Assert.Equal(expected, IncidentCompatibility.Check(b, a, Places));
    }
}
