using Attest.Linking;

namespace Attest.Tests.Linking;

public sealed class IncidentBuilderTests
{
    [Fact]
    public void Different_death_tolls_are_a_contradiction_naming_who_holds_each()
    {
        var incident = IncidentBuilder.Build(
        [
            Reports.Of(1, killed: 2, side: "XE"),
            Reports.Of(2, killed: 2, side: "XO"),
            Reports.Of(3, killed: 5, side: "XE"),
            Reports.Of(4, killed: null),
        ]);

        var killed = Assert.Single(incident.Contradictions);
        Assert.Equal(IncidentAttribute.Killed, killed.Attribute);
        Assert.Equal(["2", "5"], killed.Values.Select(v => v.Value));
        Assert.Equal([1L, 2L], killed.Values[0].Documents.ToArray());
        Assert.Equal(["XE", "XO"], killed.Values[0].Sides.ToArray());
        Assert.Equal([3L], killed.Values[1].Documents.ToArray());
    }

    [Fact]
    public void The_consensus_is_the_value_most_independent_sources_give()
    {
        var incident = IncidentBuilder.Build([Reports.Of(1, killed: 2), Reports.Of(2, killed: 2), Reports.Of(3, killed: 5)]);

        var killed = incident.ConsensusOf(IncidentAttribute.Killed)!;
        Assert.Equal("2", killed.Value.Value);
        Assert.Equal(2, killed.Value.Support);
        Assert.Equal(3, killed.Stating);
        Assert.False(killed.Contested);
    }

    [Fact]
    public void Equal_support_is_marked_contested()
    {
        var incident = IncidentBuilder.Build([Reports.Of(1, killed: 2), Reports.Of(2, killed: 5)]);

        Assert.True(incident.ConsensusOf(IncidentAttribute.Killed)!.Contested);
    }

    [Fact]
    public void Copies_of_one_text_count_as_one_source()
    {
        var incident = IncidentBuilder.Build(
        [
            Reports.Of(9, killed: 3, publisher: "Agency", side: "XV"),
            Reports.Of(10, killed: 3, publisher: "Portal", side: "XV", group: 9),
            Reports.Of(13, killed: 4, publisher: "Courier", side: "XE"),
        ]);

        Assert.Equal(3, incident.Corroboration.Accounts);
        Assert.Equal(2, incident.Corroboration.Texts);
        Assert.Equal(2, incident.Corroboration.Sources);
        var three = incident.ContradictionOf(IncidentAttribute.Killed)!.Values.Single(v => v.Value == "3");
        Assert.Equal(1, three.Support);
        Assert.Equal([9L, 10L], three.Documents.ToArray());
    }

    [Fact]
    public void Texts_of_one_publisher_count_as_one_source()
    {
        var incident = IncidentBuilder.Build([Reports.Of(1, publisher: "Observer"), Reports.Of(2, publisher: "OBSERVER"), Reports.Of(3, publisher: "Ledger")]);

        Assert.Equal(3, incident.Corroboration.Texts);
        Assert.Equal(2, incident.Corroboration.Sources);
    }

    [Fact]
    public void Corroboration_is_counted_by_side()
    {
        var incident = IncidentBuilder.Build(
        [
            Reports.Of(1, side: "XE"),
            Reports.Of(2, side: "XE"),
            Reports.Of(3, side: "XV"),
            Reports.Of(4, side: null),
        ]);

        Assert.Equal(4, incident.Corroboration.Sources);
        Assert.Equal([new SideSupport("XE", 2), new SideSupport("XV", 1)], incident.Corroboration.Sides.ToArray());
    }

    [Fact]
    public void Days_that_differ_contradict_but_a_month_and_a_day_in_it_do_not()
    {
        var differ = IncidentBuilder.Build([Reports.Of(1, date: "2024-03-02"), Reports.Of(2, date: "2024-03-02"), Reports.Of(3, date: "2024-03-03")]);
        var agree = IncidentBuilder.Build([Reports.Of(1, date: "2024-03-02"), Reports.Of(2, date: "2024-03")]);

        var date = Assert.Single(differ.Contradictions);
        Assert.Equal(IncidentAttribute.Date, date.Attribute);
        Assert.Equal("2024-03-02", differ.Date);
        Assert.Empty(agree.Contradictions);
        Assert.Equal("2024-03-02", agree.Date);
    }

    [Fact]
    public void Wordings_that_contain_each_other_are_one_perpetrator()
    {
        var same = IncidentBuilder.Build([Reports.Of(1, perpetrator: "Kovarian artillery"), Reports.Of(2, perpetrator: "the Kovarian artillery")]);
        var differ = IncidentBuilder.Build([Reports.Of(1, perpetrator: "Kovarian artillery"), Reports.Of(2, perpetrator: "Estravian guns in the village")]);

        Assert.Empty(same.Contradictions);
        Assert.Equal(2, same.ConsensusOf(IncidentAttribute.Perpetrator)!.Value.Support);
        Assert.Equal(IncidentAttribute.Perpetrator, Assert.Single(differ.Contradictions).Attribute);
    }

    [Fact]
    public void Accounts_are_ordered_by_document_and_countries_are_pooled()
    {
        var incident = IncidentBuilder.Build([Reports.Of(5, countries: "XV XE"), Reports.Of(2, countries: "XE")]);

        Assert.Equal([2L, 5L], incident.Accounts.Select(a => a.Document.Id));
        Assert.Equal(["XE", "XV"], incident.Countries.ToArray());
    }
}
