using System.Collections.Immutable;
using Attest.Json;
using Attest.Model;
using Attest.Text;

namespace Attest.Storage.Tests;

/// <summary>Documents whose analysis reports incidents, for the incident-record tests.</summary>
public static class SomeIncident
{
    public static IncidentReport Report(
        string? date = "2024-03-09",
        string country = "XE",
        string? place = "Brennik",
        EventType type = EventType.Riots,
        TargetCategory? target = TargetCategory.DiplomaticPremises,
        long? killed = null,
        long? injured = null,
        Modality modality = Modality.Asserted) =>
        new(type, target, date, [country], place, null, killed, injured, null, modality, null, Evidence.Of(new Span(0, 4), "test.incident"));

    /// <summary>An analysis of <paramref name="text"/> that reports <paramref name="incidents"/>.</summary>
    public static string Json(string text, string? publisher, params IncidentReport[] incidents) =>
        AnalysisJson.Write(new DocumentAnalysis
        {
            AnalyzerVersion = Some.Version,
            Text = text,
            Metadata = new DocumentMetadata(null, null, publisher, null, null),
            Statistics = new TextStatistics(text.Length, 1, 1, 1),
            Incidents = [.. incidents],
            Loaded = ImmutableArray<LoadedTerm>.Empty,
        });

    /// <summary>Adds a document telling of the detention of <paramref name="person"/> (named in the text, the report
    /// founded by a detention word as the incident stage records it) in <paramref name="country"/>.</summary>
    public static long AddDetention(SqliteStore store, string person, string country, string place, string date, string publisher)
    {
        var text = $"Security officers in {place} detained the journalist {person}, {publisher} reported.";
        var trigger = text.IndexOf("detained", StringComparison.Ordinal);
        var name = text.IndexOf(person, StringComparison.Ordinal);
        var report = new IncidentReport(
            EventType.StrategicDevelopments, TargetCategory.Civilians, date, [country], place, null, null, null, null, Modality.Asserted, null,
            Evidence.Of(new Span(trigger, "detained".Length), "incident.detain"));
        var json = AnalysisJson.Write(new DocumentAnalysis
        {
            AnalyzerVersion = Some.Version,
            Text = text,
            Metadata = new DocumentMetadata(null, null, publisher, null, null),
            Statistics = new TextStatistics(text.Length, 1, 1, 1),
            Persons = [new PersonMention(person, "journalist", Evidence.Of(new Span(name, person.Length), "test.person"))],
            Incidents = [report],
            Loaded = ImmutableArray<LoadedTerm>.Empty,
        });
        var document = Some.Document(text, source: $"corpus/{Math.Abs(text.GetHashCode(StringComparison.Ordinal))}.txt", publisher: publisher);
        return store.Add(document, Some.Version, json).DocumentId;
    }

    /// <summary>Adds a document with its own text and the given incident reports; returns its id.</summary>
    public static long Add(SqliteStore store, string text, string? publisher, params IncidentReport[] incidents)
    {
        var document = Some.Document(text, source: $"corpus/{Math.Abs(text.GetHashCode(StringComparison.Ordinal))}.txt", publisher: publisher);
        return store.Add(document, Some.Version, Json(text, publisher, incidents)).DocumentId;
    }
}
