using System.Text.Json;

namespace Attest.Cli.Tests;

public sealed class IncidentCommandsTests : IDisposable
{
    private readonly IncidentTestStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void Incidents_lists_each_incident_with_independent_sources_sides_and_disputed_points()
    {
        var run = store.Run("incidents", "--lexicon", store.LexiconPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 incident(s)", run.Out);
        Assert.Matches(@"│ 2024-03-09\s+│ riots\s+│ diplomatic_premises\s+│ Brennik\s+│ XE\s+│ 3\s+│ 2\s+│ XE 1, XV 1\s+│ injured, perpetrator", run.Out);
    }

    [Theory]
    [InlineData(new[] { "--country", "XV" }, 1)]
    [InlineData(new[] { "--country", "xe" }, 2)]
    [InlineData(new[] { "--from", "2024-03-09" }, 1)]
    [InlineData(new[] { "--from", "2024", "--to", "2024-03-08" }, 1)]
    [InlineData(new[] { "--type", "battles" }, 1)]
    [InlineData(new[] { "--target", "civilians" }, 1)]
    [InlineData(new[] { "--type", "protests" }, 0)]
    public void Incidents_are_filtered_from_the_command_line(string[] filter, int expected)
    {
        var run = store.Run(["incidents", .. filter]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{expected} incident(s)", run.Out);
    }

    [Theory]
    [InlineData("--type", "riot")]
    [InlineData("--target", "embassy")]
    [InlineData("--from", "March")]
    [InlineData("--country", "Estravia")]
    public void A_bad_filter_is_one_error_line_and_exit_code_2(string option, string value)
    {
        var run = store.Run("incidents", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Incident_names_the_state_whose_mission_was_attacked_when_an_account_says_it()
    {
        var riot = store.Run("incident", IdOf("riots"), "--lexicon", store.LexiconPath);
        var battle = store.Run("incident", IdOf("battles"), "--lexicon", store.LexiconPath);

        Assert.Equal(0, riot.ExitCode);
        Assert.Matches(@"mission of\s+XV", riot.Out);
        Assert.DoesNotContain("mission of", battle.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Incident_shows_every_account_side_by_side_with_the_conflicting_values_marked()
    {
        var id = IdOf("riots");

        var run = store.Run("incident", id, "--lexicon", store.LexiconPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 account(s) in 2 distinct text(s) from 2 independent source(s); by side: XE 1, XV 1", run.Out);
        Assert.Contains("courier.txt", run.Out);
        Assert.Contains("ledger.txt", run.Out);
        Assert.Matches(@"portal\.txt \(copy of \d+\)", run.Out);
        Assert.Contains("≠ 3", run.Out);
        Assert.Contains("≠ 4", run.Out);
        Assert.Contains("contradictions:", run.Out);
        Assert.Matches(@"injured: 3 \[documents \d+, \d+; 1 source\(s\); XE\] vs 4 \[documents \d+; 1 source\(s\); XV\]", run.Out);
        Assert.Contains("mob (dehumanising, the ministry)", run.Out);
    }

    [Fact]
    public void Incident_lists_the_labels_each_account_uses_in_its_own_row()
    {
        var run = store.Run("incident", IdOf("riots"), "--lexicon", store.LexiconPath);

        Assert.Equal(0, run.ExitCode);
        var table = run.Out[run.Out.IndexOf("labels by account", StringComparison.Ordinal)..];
        Assert.Matches(@"│ \d+ courier\.txt\s+│ North Courier\s+│ XE\s+│ mob \(dehumanising, the ministry\) → the crowd\s+│ —", table);
        Assert.Matches(@"│ \d+ ledger\.txt\s+│ South Ledger\s+│ XV\s+│ —\s+│ —", table);
    }

    [Fact]
    public void Incident_json_gives_each_account_its_labels()
    {
        var run = store.Run("incident", IdOf("riots"), "--json");

        using var json = JsonDocument.Parse(run.Out);
        var accounts = json.RootElement.GetProperty("incidents")[0].GetProperty("accounts").EnumerateArray().ToList();
        var courier = accounts.Single(a => a.GetProperty("label").GetString() == "courier.txt");
        var mob = Assert.Single(courier.GetProperty("labels").EnumerateArray());
        Assert.Equal("mob", mob.GetProperty("term").GetString());
        Assert.Equal("the ministry", mob.GetProperty("speaker").GetString());
        Assert.Equal("sentence", mob.GetProperty("link").GetString());
        Assert.All(accounts.Where(a => a.GetProperty("label").GetString() != "courier.txt"), a => Assert.Equal(0, a.GetProperty("labels").GetArrayLength()));
    }

    [Fact]
    public void Incident_prints_untrusted_text_as_text_not_markup()
    {
        var run = store.Run("incident", IdOf("explosions_remote_violence"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[red]Mirel[/]", run.Out);
        Assert.Contains("contradictions: none", run.Out);
    }

    [Fact]
    public void Incident_json_holds_accounts_consensus_and_contradictions()
    {
        var run = store.Run("incident", IdOf("riots"), "--json");

        using var json = JsonDocument.Parse(run.Out);
        var incident = json.RootElement.GetProperty("incidents")[0];
        Assert.Equal(3, incident.GetProperty("accounts").GetArrayLength());
        Assert.Equal(2, incident.GetProperty("independent_sources").GetInt32());
        Assert.Contains(incident.GetProperty("contradictions").EnumerateArray(), c => c.GetProperty("attribute").GetString() == "injured");
    }

    [Fact]
    public void An_unknown_incident_is_one_error_line_and_exit_code_2()
    {
        var run = store.Run("incident", "999");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no incident 999", Assert.Single(run.ErrorLines));
    }

    private string IdOf(string eventType)
    {
        using var json = JsonDocument.Parse(store.Run("incidents", "--json").Out);
        return json.RootElement.GetProperty("incidents").EnumerateArray()
            .First(i => i.GetProperty("event_type").GetString() == eventType)
            .GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
