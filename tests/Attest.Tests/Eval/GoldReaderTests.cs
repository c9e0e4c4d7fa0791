using Attest.Eval;
using Attest.Model;

namespace Attest.Tests.Eval;

public sealed class GoldReaderTests
{
    private const string FormatExample = """
        {
          "doc": "001_23edb94e34a6261c.txt",
          "meta": { "published": "2022-09-19", "publisher": "Azernews", "author": "Vugar Khalilov" },
          "issuer": { "name": "Azernews", "aliases": [] },      // whose voice the document speaks in
          "persons":       [ { "name": "Rahman Mustafayev", "aliases": ["Mustafayev"], "role": "Ambassador of Azerbaijan to France" } ],
          "organizations": [ { "name": "Foreign Ministry of Azerbaijan", "aliases": ["Ministry of Foreign Affairs of Azerbaijan", "Foreign Ministry"] } ],
          "places":        [ { "name": "Paris", "country": "FR" } ],
          "times":         [ { "text": "On September 18", "value": "2022-09-18" } ],
          "figures":       [ { "text": "79 armed forces personnel were killed", "count": 79, "kind": "killed" } ],
          "legal":         [ { "instrument": "VCDR", "article": "22" } ],
          "quotes":        [ { "speaker": "Rahman Mustafayev", "starts": "French Armenian fanatics storm" } ],
          "demands":       [ { "speaker": "Foreign Ministry of Azerbaijan", "addressee_any": ["host nations", "host states"], "action": "protect" } ],
          "incidents":     [ { "key": "paris-embassy-2022-09-18", "event_type": "riots", "target": "diplomatic_premises",
                               "date": "2022-09-18", "country": ["FR"], "place": "Paris", "killed": null, "injured": null,
                               "perpetrator_claimed": "Armenian extremists" } ],
          "loaded":        [ { "term": "barbarian", "aliases": ["barbarians"], "kind": "dehumanising",
                               "speaker": "Rahman Mustafayev", "about": "Armenians" } ]
        }
        """;

    [Fact]
    public void Reads_every_field_of_the_format_example()
    {
        var parsed = GoldReader.Parse(FormatExample, "example.gold.json");

        Assert.True(parsed.Success, parsed.Error);
        var gold = parsed.Value!;
        Assert.Equal("001_23edb94e34a6261c.txt", gold.Doc);
        Assert.Equal(new GoldMeta("2022-09-19", "Azernews", "Vugar Khalilov", null), gold.Meta);
        Assert.Equal("Azernews", gold.Issuer!.Name);
        Assert.Equal<string>(["Mustafayev"], gold.Persons.Single().Aliases);
        Assert.Equal("Ambassador of Azerbaijan to France", gold.Persons.Single().Role);
        Assert.Equal(2, gold.Organizations.Single().Aliases.Length);
        Assert.Equal("FR", gold.Places.Single().Country);
        Assert.Equal("2022-09-18", gold.Times.Single().Value);
        Assert.Equal(new GoldFigure("79 armed forces personnel were killed", 79, null, FigureKind.Killed, false), gold.Figures.Single());
        Assert.Equal(new GoldLegal("VCDR", "22", false), gold.Legal.Single());
        Assert.Equal(new GoldQuote("Rahman Mustafayev", "French Armenian fanatics storm", false), gold.Quotes.Single());
        Assert.Equal(DemandAction.Protect, gold.Demands.Single().Action);
        Assert.Equal<string>(["host nations", "host states"], gold.Demands.Single().AddresseeAny);
        var incident = gold.Incidents.Single();
        Assert.Equal(("paris-embassy-2022-09-18", EventType.Riots, "diplomatic_premises", "2022-09-18"), (incident.Key, incident.EventType, incident.Target, incident.Date));
        Assert.Equal<string>(["FR"], incident.Countries);
        Assert.Equal(("Paris", (long?)null, "Armenian extremists"), (incident.Place, incident.Killed, incident.PerpetratorClaimed));
        var loaded = gold.Loaded.Single();
        Assert.Equal(("barbarian", LoadedKind.Dehumanising, "Rahman Mustafayev", "Armenians", false), (loaded.Term, loaded.Kind, loaded.Speaker, loaded.About, loaded.Optional));
    }

    [Fact]
    public void Missing_categories_read_as_empty_and_optional_marks_are_kept()
    {
        var parsed = GoldReader.Parse("""{"doc": "a.txt", "loaded": [{"term": "hostage", "kind": "other", "optional": true}]}""", "a.gold.json");

        Assert.True(parsed.Success, parsed.Error);
        Assert.Null(parsed.Value!.Issuer);
        Assert.Empty(parsed.Value.Persons);
        Assert.Empty(parsed.Value.Incidents);
        Assert.Equal(GoldMeta.Empty, parsed.Value.Meta);
        Assert.True(parsed.Value.Loaded.Single().Optional);
        Assert.Null(parsed.Value.Loaded.Single().Speaker);
    }

    [Theory]
    [InlineData("{\"doc\": ", "bad.gold.json:1: invalid JSON")]
    [InlineData("[]", "bad.gold.json: the document: expected an object")]
    [InlineData("{\"persons\": []}", "bad.gold.json: doc: expected a non-empty string")]
    [InlineData("{\"doc\": \"a.txt\", \"persons\": {}}", "bad.gold.json: persons: expected an array")]
    [InlineData("{\"doc\": \"a.txt\", \"persons\": [{\"name\": \"A\", \"aliases\": [1]}]}", "bad.gold.json: persons[0].aliases: expected an array of strings")]
    [InlineData("{\"doc\": \"a.txt\", \"incidents\": [{\"event_type\": \"riot\", \"country\": [\"FR\"]}]}", "bad.gold.json: incidents[0].event_type: unknown value \"riot\"")]
    [InlineData("{\"doc\": \"a.txt\", \"demands\": [{\"addressee_any\": [], \"action\": \"fulfill\"}]}", "bad.gold.json: demands[0].action: unknown value \"fulfill\"")]
    [InlineData("{\"doc\": \"a.txt\", \"figures\": [{\"count\": 1, \"count_min\": 1, \"kind\": \"killed\"}]}", "bad.gold.json: figures[0]: expected exactly one of \"count\" and \"count_min\"")]
    [InlineData("{\"doc\": \"a.txt\", \"figures\": [{\"count\": 1.5, \"kind\": \"killed\"}]}", "bad.gold.json: figures[0].count: expected a whole number")]
    [InlineData("{\"doc\": \"a.txt\", \"times\": [{\"text\": \"then\"}]}", "bad.gold.json: times[0].value: expected a non-empty string")]
    public void Bad_gold_fails_with_one_line_naming_the_file_and_field(string json, string expected)
    {
        var parsed = GoldReader.Parse(json, "bad.gold.json");

        Assert.False(parsed.Success);
        Assert.DoesNotContain('\n', parsed.Error!);
        Assert.StartsWith(expected, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_event_type_lists_the_accepted_values()
    {
        var parsed = GoldReader.Parse("""{"doc": "a.txt", "incidents": [{"event_type": "riot"}]}""", "bad.gold.json");

        Assert.Contains("expected one of battles, explosions_remote_violence, violence_against_civilians, protests, riots, strategic_developments", parsed.Error);
    }

    [Fact]
    public void A_single_country_string_reads_as_a_list_of_one()
    {
        var parsed = GoldReader.Parse("""{"doc": "a.txt", "incidents": [{"key": "k", "event_type": "battles", "country": "AM"}]}""", "a.gold.json");

        Assert.Equal<string>(["AM"], parsed.Value!.Incidents.Single().Countries);
    }

    [Fact]
    public void A_missing_file_is_a_failed_read_naming_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "attest-no-such-dir", "x.gold.json");

        var parsed = GoldReader.Read(path);

        Assert.False(parsed.Success);
        Assert.StartsWith(path + ": cannot read the gold file", parsed.Error, StringComparison.Ordinal);
    }
}
