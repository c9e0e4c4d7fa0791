using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Attest.Json;
using Attest.Linking;
using Attest.Model;
using Attest.Rhetoric;
using Attest.Storage;
using Attest.Text;

namespace Attest.Cli.Tests;

/// <summary>The labels each account uses for an incident, side by side: in <c>attest incident ID</c> (table and
/// JSON) and in <c>attest show DOC</c>, on the bundled samples and on hand-made analyses.</summary>
public sealed class IncidentLabelsCommandTests(IncidentLabelsCommandTests.Samples samples) : IClassFixture<IncidentLabelsCommandTests.Samples>
{
    [Fact]
    public void On_the_samples_an_incident_told_by_several_sides_shows_each_accounts_labels_in_its_own_row()
    {
        var (id, accounts) = samples.IncidentWithLabelsFromSides(2);

        var run = samples.Run("incident", id);

        Assert.Equal(0, run.ExitCode);
        var table = run.Out[run.Out.IndexOf("labels by account", StringComparison.Ordinal)..];
        foreach (var account in accounts)
        {
            // The row's first line holds the account, its side and its first label.
            var row = $@"│ {account.Document} {Regex.Escape(account.Label)}[^\n]*│ {Regex.Escape(account.Side)}\s+│ {Regex.Escape(account.FirstTerm)} \(";
            Assert.Matches(row, table);
        }
    }

    [Fact]
    public void Incident_json_gives_every_account_its_labels_with_speaker_voice_modality_and_link()
    {
        var (id, _) = samples.IncidentWithLabelsFromSides(2);

        using var json = JsonDocument.Parse(samples.Run("incident", id, "--json").Out);

        var accounts = json.RootElement.GetProperty("incidents")[0].GetProperty("accounts").EnumerateArray().ToList();
        Assert.All(accounts, a => Assert.Equal(JsonValueKind.Array, a.GetProperty("labels").ValueKind));
        Assert.All(accounts, a => Assert.True(a.TryGetProperty("motive_framing", out _)));
        var label = accounts.SelectMany(a => a.GetProperty("labels").EnumerateArray()).First();
        Assert.False(string.IsNullOrEmpty(label.GetProperty("term").GetString()));
        Assert.True(JsonNames.TryParse<LoadedKind>(label.GetProperty("kind").GetString(), out _));
        Assert.True(JsonNames.TryParse<LoadedVoice>(label.GetProperty("voice").GetString(), out _));
        Assert.True(JsonNames.TryParse<LoadedModality>(label.GetProperty("modality").GetString(), out _));
        Assert.True(JsonNames.TryParse<LabelLink>(label.GetProperty("link").GetString(), out _));
        Assert.True(label.GetProperty("length").GetInt32() > 0);
    }

    [Fact]
    public void Show_puts_what_a_document_calls_its_incident_beside_the_other_accounts_labels()
    {
        var (id, accounts) = samples.IncidentWithLabelsFromSides(2);
        var self = accounts[0];
        var other = accounts[1];

        var run = samples.Run("show", self.Document.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(0, run.ExitCode);
        var labels = run.Out[run.Out.IndexOf("labels by incident reported", StringComparison.Ordinal)..];
        Assert.Matches($@"│ \d+\. [^\n]*│ {id}\s+│ {Regex.Escape(self.FirstTerm)} \(", labels);
        var sideBySide = labels[labels.IndexOf($"incident {id}: labels by account", StringComparison.Ordinal)..];
        Assert.Contains("(this document)", sideBySide);
        Assert.Matches($@"│ {other.Document} {Regex.Escape(other.Label)}[^\n]*│ {Regex.Escape(other.FirstTerm)} \(", sideBySide);
    }

    [Fact]
    public void Labels_speakers_and_motives_from_document_text_are_printed_as_text_not_markup()
    {
        using var store = new HandStore();
        const string text = "A [bold]mob[/] stormed the consulate in Brennik in revenge for [red]the verdict[/], the ministry said.";
        var report = new IncidentReport(EventType.Riots, TargetCategory.DiplomaticPremises, "2024-03-09", ["XE"], "Brennik", "A [bold]mob[/]", null, null,
            "[red]the verdict[/]", Modality.Asserted, null, Evidence.Of(new Span(text.IndexOf("stormed", StringComparison.Ordinal), 7), "test.incident"));
        var mob = new LoadedTerm("[bold]mob[/]", LoadedKind.Other, "[red]Ministry[/]", null,
            Evidence.Of(new Span(text.IndexOf("[bold]", StringComparison.Ordinal), 12), LoadedRules.RuleId(LoadedVoice.Reported, LoadedModality.Used)));
        var document = store.Add("markup.txt", text, "North Courier", report, mob);
        store.Add("plain.txt", "Rioters stormed the consulate in Brennik.", "South Ledger",
            report with { Perpetrator = "Rioters", Motive = null, Evidence = Evidence.Of(new Span(8, 7), "test.incident") });
        store.Link();

        var incident = store.Run("incident", store.OnlyIncident());
        var show = store.Run("show", document.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(0, incident.ExitCode);
        Assert.Equal(0, show.ExitCode);
        foreach (var output in new[] { incident.Out, show.Out[show.Out.IndexOf("labels by incident reported", StringComparison.Ordinal)..] })
        {
            Assert.Contains("[bold]mob[/] (other, [red]Ministry[/]) [reported]", output);
            Assert.Contains("[red]the verdict[/] (the ministry)", output);
        }
    }

    [Fact]
    public void An_account_whose_document_was_analysed_again_without_the_report_says_so()
    {
        using var store = new HandStore();
        const string text = "Rioters stormed the consulate in Brennik. It was a pogrom.";
        var report = new IncidentReport(EventType.Riots, TargetCategory.DiplomaticPremises, "2024-03-09", ["XE"], "Brennik", "Rioters", null, null,
            null, Modality.Asserted, null, Evidence.Of(new Span(8, 7), "test.incident"));
        var pogrom = new LoadedTerm("pogrom", LoadedKind.AtrocityLabel, null, null, Evidence.Of(new Span(text.IndexOf("pogrom", StringComparison.Ordinal), 6), "loaded.issuer.used"));
        var document = store.Add("first.txt", text, "North Courier", report, pogrom);
        store.Link();
        store.Reanalyse(document, text, "North Courier", report with { Evidence = Evidence.Of(new Span(0, 7), "test.other") }, pogrom);

        var run = store.Run("incident", store.OnlyIncident());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(not in the document's latest analysis)", run.Out);
        Assert.DoesNotContain("pogrom (", run.Out);
    }

    /// <summary>The bundled samples analysed into one store, shared by the tests of this class.</summary>
    public sealed class Samples : IDisposable
    {
        private readonly TempFolder folder = new();
        private readonly string db;
        private readonly string lexicon = Path.Combine(RepositoryPaths.Samples, "lexicon.tsv");

        public Samples()
        {
            db = folder.Combine("samples.db");
            var run = CliRun.Of("analyze", Path.Combine(RepositoryPaths.Samples, "corpus"), "--lexicon", lexicon, "--store", db);
            Assert.Equal(0, run.ExitCode);
        }

        internal CliRun Run(params string[] args) => CliRun.Of([.. args, "--store", db, .. args[0] == "show" ? Array.Empty<string>() : ["--lexicon", lexicon]]);

        /// <summary>The first incident whose accounts from at least <paramref name="sides"/> distinct sides use
        /// labels for it, with those accounts.</summary>
        public (string Id, List<LabelledAccount> Accounts) IncidentWithLabelsFromSides(int sides)
        {
            using var list = JsonDocument.Parse(Run("incidents", "--json").Out);
            foreach (var incident in list.RootElement.GetProperty("incidents").EnumerateArray())
            {
                var id = incident.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
                using var one = JsonDocument.Parse(Run("incident", id, "--json").Out);
                var labelled = one.RootElement.GetProperty("incidents")[0].GetProperty("accounts").EnumerateArray()
                    .Where(a => a.GetProperty("labels").GetArrayLength() > 0 && a.GetProperty("side").ValueKind == JsonValueKind.String)
                    .Select(a => new LabelledAccount(
                        a.GetProperty("document").GetInt64(),
                        a.GetProperty("label").GetString()!,
                        a.GetProperty("side").GetString()!,
                        a.GetProperty("labels")[0].GetProperty("term").GetString()!))
                    .ToList();
                if (labelled.Select(a => a.Side).Distinct(StringComparer.Ordinal).Count() >= sides)
                {
                    return (id, labelled);
                }
            }

            throw new InvalidOperationException($"no incident of the samples has labelled accounts from {sides} sides");
        }

        public void Dispose() => folder.Dispose();
    }

    public sealed record LabelledAccount(long Document, string Label, string Side, string FirstTerm);

    /// <summary>A store of hand-made analyses, linked on demand.</summary>
    private sealed class HandStore : IDisposable
    {
        private readonly TempFolder folder = new();
        private readonly string db;

        public HandStore()
        {
            db = folder.Combine("labels.db");
        }

        public long Add(string name, string text, string publisher, IncidentReport report, params LoadedTerm[] loaded)
        {
            using var store = SqliteStore.Open(db);
            var bytes = Encoding.UTF8.GetBytes(text);
            var provenance = new DocumentProvenance("corpus/" + name, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, "text", "utf-8", new DateTimeOffset(2024, 3, 12, 9, 0, 0, TimeSpan.Zero));
            return store.Add(new NewDocument(provenance, text, null, null, publisher, null), "test", Json(text, publisher, report, loaded)).DocumentId;
        }

        public void Reanalyse(long document, string text, string publisher, IncidentReport report, params LoadedTerm[] loaded)
        {
            using var store = SqliteStore.Open(db);
            var stored = store.Find(document.ToString(CultureInfo.InvariantCulture))!;
            var provenance = stored.Provenance;
            store.Add(new NewDocument(provenance, text, null, null, publisher, null), "test 2", Json(text, publisher, report, loaded));
        }

        public void Link()
        {
            using var store = SqliteStore.Open(db);
            store.UpdateIncidents(Gazetteer.Empty);
        }

        public string OnlyIncident()
        {
            using var store = SqliteStore.Open(db);
            return Assert.Single(store.Incidents(IncidentQuery.All)).Id.ToString(CultureInfo.InvariantCulture);
        }

        public CliRun Run(params string[] args) => CliRun.Of([.. args, "--store", db]);

        public void Dispose() => folder.Dispose();

        private static string Json(string text, string publisher, IncidentReport report, LoadedTerm[] loaded) =>
            AnalysisJson.Write(new DocumentAnalysis
            {
                AnalyzerVersion = "test",
                Text = text,
                Metadata = new DocumentMetadata(null, null, publisher, null, null),
                Statistics = new TextStatistics(text.Length, 1, 1, 1),
                Issuer = new Issuer("the ministry", IssuerKind.Government, Evidence.Of(new Span(0, 0), "test.issuer")),
                Incidents = [report],
                Loaded = [.. loaded],
            });
    }
}
