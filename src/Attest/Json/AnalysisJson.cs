using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Attest.Model;
using Attest.Text;

namespace Attest.Json;

/// <summary>Writes and reads the versioned JSON form of a <see cref="DocumentAnalysis"/>
/// (documented in <c>docs/schema.md</c>). Every span is written with the text it covers, for readers;
/// that text is ignored when reading back.</summary>
public static class AnalysisJson
{
    /// <summary>The schema identifier; the number changes whenever a reader of the old form would misread the new one.</summary>
    public const string Schema = "attest.analysis/1";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Relaxed escaping keeps non-ASCII names readable; it still escapes quotes and control characters,
        // and nothing written here is ever embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Write(DocumentAnalysis analysis, DocumentInfo? document = null, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions with { Indented = indented }))
        {
            Write(writer, analysis, document);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter w, DocumentAnalysis a, DocumentInfo? document = null)
    {
        var text = a.Text;
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("analyzer", a.AnalyzerVersion);
        if (document is not null)
        {
            w.WriteStartObject("document");
            w.WriteString("source", document.Source);
            w.WriteString("sha256", document.Sha256);
            w.WriteNumber("bytes", document.Bytes);
            w.WriteString("format", document.Format);
            w.WriteString("encoding", document.Encoding);
            w.WriteEndObject();
        }

        w.WriteStartObject("metadata");
        w.WriteString("title", a.Metadata.Title);
        w.WriteString("published", a.Metadata.Published);
        w.WriteString("publisher", a.Metadata.Publisher);
        w.WriteString("author", a.Metadata.Author);
        w.WriteString("place_of_issue", a.Metadata.PlaceOfIssue);
        w.WriteEndObject();

        w.WriteStartObject("statistics");
        w.WriteNumber("characters", a.Statistics.Characters);
        w.WriteNumber("paragraphs", a.Statistics.Paragraphs);
        w.WriteNumber("sentences", a.Statistics.Sentences);
        w.WriteNumber("tokens", a.Statistics.Tokens);
        w.WriteEndObject();

        w.WriteString("text", text);

        if (a.Issuer is { } issuer)
        {
            w.WriteStartObject("issuer");
            w.WriteString("name", issuer.Name);
            w.WriteString("kind", JsonNames.Of(issuer.Kind));
            WriteEvidence(w, issuer.Evidence, text);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("issuer");
        }

        WriteArray(w, "persons", a.Persons, text, (w, p) =>
        {
            w.WriteString("name", p.Name);
            w.WriteString("role", p.Role);
            return p.Evidence;
        });
        WriteArray(w, "organizations", a.Organizations, text, (w, o) =>
        {
            w.WriteString("name", o.Name);
            w.WriteString("country", o.Country);
            return o.Evidence;
        });
        WriteArray(w, "places", a.Places, text, (w, p) =>
        {
            w.WriteString("name", p.Name);
            w.WriteString("country", p.Country);
            if (p.Coordinates is { } point)
            {
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(point.Latitude);
                w.WriteNumberValue(point.Longitude);
                w.WriteEndArray();
            }
            else
            {
                w.WriteNull("coordinates");
            }

            return p.Evidence;
        });
        WriteArray(w, "times", a.Times, text, (w, t) =>
        {
            w.WriteString("value", t.Value);
            return t.Evidence;
        });
        WriteArray(w, "figures", a.Figures, text, (w, f) =>
        {
            WriteNumberOrNull(w, "count", f.Count);
            WriteNumberOrNull(w, "count_min", f.CountMin);
            w.WriteString("kind", JsonNames.Of(f.Kind));
            w.WriteString("counted", f.Counted);
            return f.Evidence;
        });
        WriteArray(w, "legal", a.Legal, text, (w, l) =>
        {
            w.WriteString("instrument", l.Instrument);
            w.WriteString("article", l.Article);
            w.WriteString("paragraph", l.Paragraph);
            WriteSpanOrNull(w, "quoted", l.Quoted, text);
            return l.Evidence;
        });
        WriteArray(w, "quotes", a.Quotes, text, (w, q) =>
        {
            WriteSpanOrNull(w, "quote", q.Text, text);
            w.WriteString("speaker", q.Speaker);
            w.WriteString("attribution", q.Attribution);
            return q.Evidence;
        });
        WriteArray(w, "claims", a.Claims, text, (w, c) =>
        {
            w.WriteString("speaker", c.Speaker);
            w.WriteString("act", JsonNames.Of(c.Act));
            w.WriteString("target", c.Target);
            WriteSpanOrNull(w, "content", c.Content, text);
            w.WriteBoolean("own_voice", c.OwnVoice);
            return c.Evidence;
        });
        WriteArray(w, "demands", a.Demands, text, (w, d) =>
        {
            w.WriteString("speaker", d.Speaker);
            w.WriteString("addressee", d.Addressee);
            w.WriteString("action", JsonNames.Of(d.Action));
            w.WriteString("object", d.Object);
            w.WriteString("legal_basis", d.LegalBasis);
            return d.Evidence;
        });
        WriteArray(w, "incidents", a.Incidents, text, WriteIncident);
        WriteArray(w, "incident_context", a.IncidentContext, text, WriteIncident);
        WriteArray(w, "loaded", a.Loaded, text, (w, l) =>
        {
            w.WriteString("term", l.Term);
            w.WriteString("kind", JsonNames.Of(l.Kind));
            w.WriteString("speaker", l.Speaker);
            w.WriteString("about", l.About);
            return l.Evidence;
        });
        WriteStance(w, StanceSummary.Of(a));
        w.WriteEndObject();
    }

    private static Evidence WriteIncident(Utf8JsonWriter w, IncidentReport i)
    {
        w.WriteString("event_type", JsonNames.Of(i.EventType));
        w.WriteString("target", i.Target is { } target ? JsonNames.Of(target) : null);
        w.WriteString("mission_owner", i.MissionOwner);
        w.WriteString("date", i.Date);
        w.WriteStartArray("country");
        foreach (var country in i.Countries)
        {
            w.WriteStringValue(country);
        }

        w.WriteEndArray();
        w.WriteString("place", i.Place);
        w.WriteString("perpetrator_claimed", i.Perpetrator);
        WriteNumberOrNull(w, "killed", i.Killed);
        WriteNumberOrNull(w, "injured", i.Injured);
        w.WriteString("motive", i.Motive);
        w.WriteString("modality", JsonNames.Of(i.Modality));
        w.WriteString("reported_by", i.ReportedBy);
        return i.Evidence;
    }

    /// <summary>The stance of the document's own voice, derived from its claims and demands; readers that
    /// read an analysis back derive it again and ignore what is written.</summary>
    private static void WriteStance(Utf8JsonWriter w, StanceSummary stance)
    {
        w.WriteStartObject("stance");
        w.WriteString("voice", stance.Voice);
        WriteStrings(w, "condemns", stance.Condemns);
        WriteStrings(w, "accuses", stance.Accuses);
        WriteStrings(w, "supports", stance.Supports);
        WriteStrings(w, "concerned_about", stance.ConcernedAbout);
        WriteStrings(w, "denies", stance.Denies);
        w.WriteStartArray("asks");
        foreach (var request in stance.Asks)
        {
            w.WriteStartObject();
            w.WriteString("addressee", request.Addressee);
            w.WriteStartArray("actions");
            foreach (var action in request.Actions)
            {
                w.WriteStringValue(JsonNames.Of(action));
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>Reads an analysis written by <see cref="Write(DocumentAnalysis, DocumentInfo?, bool)"/>.</summary>
    public static Parsed<DocumentAnalysis> Read(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var schema = root.GetProperty("schema").GetString();
            if (schema != Schema)
            {
                return Parsed<DocumentAnalysis>.Fail($"unsupported analysis schema \"{schema}\"; expected \"{Schema}\"");
            }

            var meta = root.GetProperty("metadata");
            var stats = root.GetProperty("statistics");
            var issuer = root.GetProperty("issuer");
            var analysis = new DocumentAnalysis
            {
                AnalyzerVersion = root.GetProperty("analyzer").GetString()!,
                Text = root.GetProperty("text").GetString()!,
                Metadata = new DocumentMetadata(Str(meta, "title"), Str(meta, "published"), Str(meta, "publisher"), Str(meta, "author"), Str(meta, "place_of_issue")),
                Statistics = new TextStatistics(Int(stats, "characters"), Int(stats, "paragraphs"), Int(stats, "sentences"), Int(stats, "tokens")),
                Issuer = issuer.ValueKind == JsonValueKind.Null
                    ? null
                    : new Issuer(Str(issuer, "name")!, Enum<IssuerKind>(issuer, "kind"), ReadEvidence(issuer)),
                Persons = ReadArray(root, "persons", e => new PersonMention(Str(e, "name")!, Str(e, "role"), ReadEvidence(e))),
                Organizations = ReadArray(root, "organizations", e => new OrganizationMention(Str(e, "name")!, Str(e, "country"), ReadEvidence(e))),
                Places = ReadArray(root, "places", e => new PlaceMention(Str(e, "name")!, Str(e, "country"), ReadPoint(e), ReadEvidence(e))),
                Times = ReadArray(root, "times", e => new TimeMention(Str(e, "value")!, ReadEvidence(e))),
                Figures = ReadArray(root, "figures", e => new FigureMention(Long(e, "count"), Long(e, "count_min"), Enum<FigureKind>(e, "kind"), Str(e, "counted"), ReadEvidence(e))),
                Legal = ReadArray(root, "legal", e => new LegalCitation(Str(e, "instrument")!, Str(e, "article"), Str(e, "paragraph"), ReadSpan(e, "quoted"), ReadEvidence(e))),
                Quotes = ReadArray(root, "quotes", e => new Quote(ReadSpan(e, "quote") ?? default, Str(e, "speaker"), Str(e, "attribution")!, ReadEvidence(e))),
                Claims = ReadArray(root, "claims", e => new Claim(Str(e, "speaker")!, Enum<ClaimAct>(e, "act"), Str(e, "target"), ReadSpan(e, "content") ?? default, e.GetProperty("own_voice").GetBoolean(), ReadEvidence(e))),
                Demands = ReadArray(root, "demands", e => new Demand(Str(e, "speaker")!, Str(e, "addressee")!, Enum<DemandAction>(e, "action"), Str(e, "object"), Str(e, "legal_basis"), ReadEvidence(e))),
                Incidents = ReadArray(root, "incidents", ReadIncident),
                IncidentContext = ReadArray(root, "incident_context", ReadIncident),
                Loaded = ReadArray(root, "loaded", e => new LoadedTerm(Str(e, "term")!, Enum<LoadedKind>(e, "kind"), Str(e, "speaker"), Str(e, "about"), ReadEvidence(e))),
            };
            return Parsed<DocumentAnalysis>.Ok(analysis);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return Parsed<DocumentAnalysis>.Fail("malformed analysis JSON: " + e.Message.ReplaceLineEndings(" "));
        }
    }

    private static void WriteArray<T>(Utf8JsonWriter w, string name, ImmutableArray<T> items, string text, Func<Utf8JsonWriter, T, Evidence> body)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            var evidence = body(w, item);
            WriteEvidence(w, evidence, text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence evidence, string text)
    {
        w.WriteStartObject("evidence");
        w.WriteString("rule", evidence.RuleId);
        w.WriteStartArray("spans");
        foreach (var span in evidence.Spans)
        {
            WriteSpan(w, span, text);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSpanOrNull(Utf8JsonWriter w, string name, Span? span, string text)
    {
        if (span is { } s)
        {
            w.WritePropertyName(name);
            WriteSpan(w, s, text);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteSpan(Utf8JsonWriter w, Span span, string text)
    {
        w.WriteStartObject();
        w.WriteNumber("start", span.Start);
        w.WriteNumber("length", span.Length);
        w.WriteString("text", span.End <= text.Length ? span.In(text) : ReadOnlySpan<char>.Empty);
        w.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static IncidentReport ReadIncident(JsonElement e) => new IncidentReport(
        Enum<EventType>(e, "event_type"),
        Str(e, "target") is { } t && JsonNames.TryParse<TargetCategory>(t, out var target) ? target : null,
        Str(e, "date"),
        e.GetProperty("country").EnumerateArray().Select(c => c.GetString()!).ToImmutableArray(),
        Str(e, "place"),
        Str(e, "perpetrator_claimed"),
        Long(e, "killed"),
        Long(e, "injured"),
        Str(e, "motive"),
        Enum<Modality>(e, "modality"),
        Str(e, "reported_by"),
        ReadEvidence(e))
    {
        // Analyses written before the field existed read as no owner.
        MissionOwner = Str(e, "mission_owner"),
    };

    private static ImmutableArray<T> ReadArray<T>(JsonElement root, string name, Func<JsonElement, T> read) =>
        root.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(read).ToImmutableArray() : [];

    private static Evidence ReadEvidence(JsonElement e)
    {
        var evidence = e.GetProperty("evidence");
        var spans = evidence.GetProperty("spans").EnumerateArray().Select(ToSpan).ToImmutableArray();
        return new Evidence(spans, evidence.GetProperty("rule").GetString()!);
    }

    private static Span? ReadSpan(JsonElement e, string name) =>
        e.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.Object ? ToSpan(s) : null;

    private static Span ToSpan(JsonElement s) => new(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32());

    private static GeoPoint? ReadPoint(JsonElement e) =>
        e.TryGetProperty("coordinates", out var c) && c.ValueKind == JsonValueKind.Array
            ? new GeoPoint(c[0].GetDouble(), c[1].GetDouble())
            : null;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static long? Long(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    private static TEnum Enum<TEnum>(JsonElement e, string name)
        where TEnum : struct, System.Enum =>
        JsonNames.TryParse<TEnum>(Str(e, name), out var value) ? value : throw new FormatException($"unknown {name} \"{Str(e, name)}\"");
}
