using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Attest.Json;
using Attest.Lexicons;
using Attest.Linking;
using Attest.Model;
using Attest.Storage;
using Attest.Text;

namespace Attest.Cli.Tests;

/// <summary>A store holding hand-made analyses with incident reports, so the incident commands can be tested
/// apart from the incident stage: a consulate riot told by two outlets of different sides and a portal's copy
/// of one of them, with conflicting injury figures (the first names the consulate's state); an old battle; and a shelling whose place holds markup.</summary>
internal sealed class IncidentTestStore : IDisposable
{
    public const string Lexicon = "outlet\tNorth Courier\t\tcountry=XE\noutlet\tSouth Ledger\t\tcountry=XV\noutlet\tRiver Portal\t\tcountry=XE\ncity\tBrennik\t\tcountry=XE;lat=45.64;lon=-31.88\n";

    public const string Dispatch = """
        A crowd attacked the Consulate General in Brennik on Saturday evening, threw stones at the building and set
        fire to a car parked in the courtyard, the ministry said in a statement. Three employees of the consulate
        were injured. The police stood by and did not intervene for almost an hour, according to the consul general.
        """;

    private readonly TempFolder folder = new();

    public IncidentTestStore()
    {
        StorePath = folder.Combine("incidents.db");
        LexiconPath = folder.File("outlets.tsv", Lexicon);
        using var store = SqliteStore.Open(StorePath);
        Add(store, "courier.txt", Dispatch, "North Courier",
            [new LoadedTerm("mob", LoadedKind.Dehumanising, "the ministry", "the crowd", Evidence.Of(new Span(0, 3), "test"))],
            Report("2024-03-09", "XE", "Brennik", EventType.Riots, TargetCategory.DiplomaticPremises, injured: 3, perpetrator: "a mob") with { MissionOwner = "XV" });
        Add(store, "ledger.txt", "Police said the vigil in Brennik turned violent when young men broke away; four officers were hurt.", "South Ledger", [],
            Report("2024-03-09", "XE", "Brennik", EventType.Riots, TargetCategory.DiplomaticPremises, injured: 4, perpetrator: "young men"));
        Add(store, "portal.txt", "Accept cookies.\nConsulate attacked\n" + Dispatch + "\nShare via email. Subscribe.", "River Portal", [],
            Report("2024-03-09", "XE", "Brennik", EventType.Riots, TargetCategory.DiplomaticPremises, injured: 3, perpetrator: "a mob"));
        Add(store, "history.txt", "The war of 1998 began with a battle near Tolmany.", "South Ledger", [],
            Report("1998", "XV", "Tolmany", EventType.Battles, TargetCategory.Military));
        Add(store, "markup.txt", "Shells hit the village.", "=cmd|' /C calc'!A0", [],
            Report("2024-03-08", "XE", "[red]Mirel[/]", EventType.ExplosionsRemoteViolence, TargetCategory.Civilians, killed: 2, perpetrator: "artillery, \"heavy\""));
        store.UpdateIncidents(Gazetteer.From(LexiconSet.Bundled.With(LexiconFile.Parse(new StringReader(Lexicon), "outlets.tsv").Value)));
    }

    public string StorePath { get; }

    public string LexiconPath { get; }

    public string Combine(string name) => folder.Combine(name);

    public CliRun Run(params string[] args) => CliRun.Of([.. args, "--store", StorePath]);

    public void Dispose() => folder.Dispose();

    private static IncidentReport Report(string date, string country, string place, EventType type, TargetCategory target, long? killed = null, long? injured = null, string? perpetrator = null) =>
        new(type, target, date, [country], place, perpetrator, killed, injured, null, Modality.Asserted, null, Evidence.Of(new Span(0, 5), "test.incident"));

    private static void Add(SqliteStore store, string name, string text, string publisher, ImmutableArray<LoadedTerm> loaded, IncidentReport report)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var provenance = new DocumentProvenance("corpus/" + name, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, "text", "utf-8", new DateTimeOffset(2024, 3, 12, 9, 0, 0, TimeSpan.Zero));
        var analysis = new DocumentAnalysis
        {
            AnalyzerVersion = "test",
            Text = text,
            Metadata = new DocumentMetadata(null, null, publisher, null, null),
            Statistics = new TextStatistics(text.Length, 1, 1, 1),
            Incidents = [report],
            Loaded = loaded,
        };
        store.Add(new NewDocument(provenance, text, null, null, publisher, null), "test", AnalysisJson.Write(analysis));
    }
}
