using System.Collections.Immutable;
using Attest.Eval;
using Attest.Model;
using Attest.Text;

namespace Attest.Tests.Eval;

/// <summary>Hand-made gold and predictions for the scorer's tests.</summary>
internal static class EvalFixtures
{
    public const string DocName = "a.txt";

    public static Evidence Ev { get; } = Evidence.Of(new Span(0, 0), "test");

    /// <summary>Gold for <paramref name="doc"/> from the members of a gold JSON object, e.g.
    /// <c>"persons": [{"name": "X"}]</c>.</summary>
    public static GoldDocument Gold(string members, string doc = DocName)
    {
        var json = members.Trim().Length == 0 ? $"{{\"doc\": \"{doc}\"}}" : $"{{\"doc\": \"{doc}\", {members}}}";
        var parsed = GoldReader.Parse(json, "test.gold.json");
        Assert.True(parsed.Success, parsed.Error);
        return parsed.Value!;
    }

    public static DocumentAnalysis EmptyAnalysis(string text = "") => new()
    {
        AnalyzerVersion = "test",
        Text = text,
        Metadata = DocumentMetadata.Empty,
        Statistics = new TextStatistics(text.Length, 1, 1, 1),
    };

    public static PredictedDocument Predicted(DocumentAnalysis analysis, string doc = DocName, params string?[] clusters) =>
        new(doc, analysis, [.. clusters]);

    /// <summary>Scores one document and returns its report.</summary>
    public static EvalReport ScoreOne(GoldDocument gold, DocumentAnalysis analysis) =>
        Scorer.Score([gold], [Predicted(analysis, gold.Doc)]);

    public static void AssertCounts(Score score, int tp, int fp, int fn) =>
        Assert.Equal((tp, fp, fn), (score.TruePositives, score.FalsePositives, score.FalseNegatives));

    public static PersonMention Person(string name) => new(name, null, Ev);

    public static OrganizationMention Organization(string name) => new(name, null, Ev);

    public static PlaceMention Place(string name, string? country) => new(name, country, null, Ev);

    public static TimeMention Time(string value) => new(value, Ev);

    public static FigureMention Figure(long? count, long? countMin, FigureKind kind) => new(count, countMin, kind, null, Ev);

    public static LegalCitation Legal(string instrument, string? article) => new(instrument, article, null, null, Ev);

    public static Quote Quote(int start, int length, string? speaker) => new(new Span(start, length), speaker, "test", Ev);

    public static Demand Demand(string addressee, DemandAction action, string speaker = "someone") => new(speaker, addressee, action, null, null, Ev);

    public static IncidentReport Incident(EventType type, string? date, params string[] countries) =>
        new(type, null, date, [.. countries], null, null, null, null, null, Modality.Asserted, null, Ev);

    public static LoadedTerm Loaded(string term, LoadedKind kind, string? speaker = null) => new(term, kind, speaker, null, Ev);

    public static ImmutableArray<T> Many<T>(T item, int times) => [.. Enumerable.Repeat(item, times)];
}
