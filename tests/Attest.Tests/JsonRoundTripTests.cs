using System.Collections.Immutable;
using System.Text.Json;
using Attest.Json;
using Attest.Model;
using Attest.Text;

namespace Attest.Tests;

public sealed class JsonRoundTripTests
{
    private const string Text = "On 18 September, “radicals” stormed the embassy in Paris, the ministry said.";

    private static DocumentAnalysis Sample() => new()
    {
        AnalyzerVersion = "0.1.0+test",
        Text = Text,
        Metadata = new DocumentMetadata("Title", "2022-09-19", "Outlet", "A. Writer", "Baku"),
        Statistics = new TextStatistics(Text.Length, 1, 1, 17),
        Issuer = new Issuer("Outlet", IssuerKind.NewsOutlet, Evidence.Of(new Span(0, 2), "issuer.test")),
        Persons = [new PersonMention("Lena Marsh", "Ambassador", Evidence.Of(new Span(3, 4), "person.test"))],
        Organizations = [new OrganizationMention("Ministry", "XA", Evidence.Of(new Span(61, 8), "org.test"))],
        Places = [new PlaceMention("Paris", "FR", new GeoPoint(48.86, 2.35), Evidence.Of(new Span(51, 5), "place.test"))],
        Times = [new TimeMention("XXXX-09-18", Evidence.Of(new Span(3, 12), "time.test"))],
        Figures = [new FigureMention(null, 2000, FigureKind.Killed, "civilians", Evidence.Of(new Span(0, 2), "figure.test"))],
        Legal = [new LegalCitation("VCDR", "22", "2", new Span(17, 10), Evidence.Of(new Span(0, 5), "legal.test"))],
        Quotes = [new Quote(new Span(18, 8), "Ministry", "said-after", Evidence.Of(new Span(17, 10), "quote.test"))],
        Claims = [new Claim("Ministry", ClaimAct.ExpressesConcern, "radicals", new Span(0, 10), false, Evidence.Of(new Span(0, 10), "claim.test"))],
        Demands = [new Demand("Ministry", "host states", DemandAction.FulfilObligations, "duties", "VCDR", Evidence.Of(new Span(0, 10), "demand.test"))],
        Incidents = [new IncidentReport(EventType.ExplosionsRemoteViolence, TargetCategory.DiplomaticPremises, "2022-09-18", ["FR"], "Paris", "radicals", null, 3, "revenge", Modality.Reported, "Ministry", new Evidence([new Span(28, 7), new Span(40, 7)], "incident.test")) { MissionOwner = "AZ" }],
        IncidentContext = [new IncidentReport(EventType.Riots, TargetCategory.DiplomaticPremises, null, ["FR"], null, null, null, null, null, Modality.Hypothetical, null, Evidence.Of(new Span(40, 7), "incident.context.test")) { MissionOwner = "XA" }],
        Loaded = [new LoadedTerm("radicals", LoadedKind.ExtremismLabel, "Ministry", "the crowd", Evidence.Of(new Span(18, 8), "loaded.test"))],
    };

    [Fact]
    public void An_analysis_reads_back_equal_to_what_was_written()
    {
        var original = Sample();

        var read = AnalysisJson.Read(AnalysisJson.Write(original));

        Assert.True(read.Success, read.Error);
        var back = read.Value!;
        Assert.Equal(AnalysisJson.Write(original), AnalysisJson.Write(back));
        Assert.Equal(original.Metadata, back.Metadata);
        Assert.Equal(original.Statistics, back.Statistics);
        Assert.Equal(original.Incidents[0].Evidence.Spans.ToArray(), back.Incidents[0].Evidence.Spans.ToArray());
        Assert.Equal(DemandAction.FulfilObligations, back.Demands[0].Action);
        Assert.Equal(Modality.Hypothetical, Assert.Single(back.IncidentContext).Modality);
        Assert.Equal("AZ", back.Incidents[0].MissionOwner);
        Assert.Equal("XA", back.IncidentContext[0].MissionOwner);
    }

    [Fact]
    public void The_mission_owner_is_written_as_mission_owner_and_null_when_unknown()
    {
        var analysis = Sample();
        analysis = analysis with { IncidentContext = [analysis.IncidentContext[0] with { MissionOwner = null }] };

        using var json = JsonDocument.Parse(AnalysisJson.Write(analysis));

        Assert.Equal("AZ", json.RootElement.GetProperty("incidents")[0].GetProperty("mission_owner").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("incident_context")[0].GetProperty("mission_owner").ValueKind);
    }

    [Fact]
    public void An_analysis_written_before_mission_owner_existed_reads_with_no_owner()
    {
        var written = AnalysisJson.Write(Sample());
        var older = written.Replace("\"mission_owner\":\"AZ\",", "", StringComparison.Ordinal)
            .Replace("\"mission_owner\":\"XA\",", "", StringComparison.Ordinal);

        var read = AnalysisJson.Read(older);

        Assert.DoesNotContain("mission_owner", older, StringComparison.Ordinal);
        Assert.True(read.Success, read.Error);
        Assert.Null(read.Value!.Incidents[0].MissionOwner);
        Assert.Null(Assert.Single(read.Value.IncidentContext).MissionOwner);
        Assert.Equal("Paris", read.Value.Incidents[0].Place);
    }

    [Fact]
    public void An_analysis_written_before_incident_context_existed_reads_with_none()
    {
        var written = AnalysisJson.Write(Sample() with { IncidentContext = [] });
        var older = written.Replace("\"incident_context\":[],", "", StringComparison.Ordinal);

        var read = AnalysisJson.Read(older);

        Assert.NotEqual(written, older);
        Assert.True(read.Success, read.Error);
        Assert.Empty(read.Value!.IncidentContext);
        Assert.Single(read.Value.Incidents);
    }

    [Fact]
    public void The_stance_of_the_own_voice_is_written_and_derived_again_on_reading()
    {
        var analysis = Sample() with
        {
            Claims = [new Claim("Outlet", ClaimAct.Condemns, "the raid", new Span(0, 10), true, Evidence.Of(new Span(0, 10), "claim.test"))],
            Demands = [new Demand("Outlet", "host states", DemandAction.Protect, "protect", null, Evidence.Of(new Span(0, 10), "demand.test"))],
        };

        var written = AnalysisJson.Write(analysis);
        using var json = JsonDocument.Parse(written);
        var stance = json.RootElement.GetProperty("stance");

        Assert.Equal("Outlet", stance.GetProperty("voice").GetString());
        Assert.Equal("the raid", stance.GetProperty("condemns")[0].GetString());
        Assert.Equal("host states", stance.GetProperty("asks")[0].GetProperty("addressee").GetString());
        Assert.Equal("protect", stance.GetProperty("asks")[0].GetProperty("actions")[0].GetString());
        Assert.Equal(written, AnalysisJson.Write(AnalysisJson.Read(written).Value!));
    }

    [Fact]
    public void Spans_are_written_with_the_text_they_cover()
    {
        using var json = JsonDocument.Parse(AnalysisJson.Write(Sample()));

        var span = json.RootElement.GetProperty("places")[0].GetProperty("evidence").GetProperty("spans")[0];

        Assert.Equal(51, span.GetProperty("start").GetInt32());
        Assert.Equal("Paris", span.GetProperty("text").GetString());
    }

    [Fact]
    public void Enumerations_are_snake_case_and_absent_values_are_null()
    {
        using var json = JsonDocument.Parse(AnalysisJson.Write(Sample()));
        var root = json.RootElement;

        Assert.Equal("fulfil_obligations", root.GetProperty("demands")[0].GetProperty("action").GetString());
        Assert.Equal("explosions_remote_violence", root.GetProperty("incidents")[0].GetProperty("event_type").GetString());
        Assert.Equal("news_outlet", root.GetProperty("issuer").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("figures")[0].GetProperty("count").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("incidents")[0].GetProperty("killed").ValueKind);
    }

    [Fact]
    public void Text_with_quotes_and_control_characters_stays_valid_json()
    {
        var analysis = Sample() with { Text = "He said \"no\"\u0001 \\ </script> ‘ok’" };

        using var json = JsonDocument.Parse(AnalysisJson.Write(analysis));

        Assert.Equal(analysis.Text, json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Another_schema_version_is_refused_with_its_name()
    {
        var read = AnalysisJson.Read("{\"schema\":\"attest.analysis/99\"}");

        Assert.False(read.Success);
        Assert.Contains("attest.analysis/99", read.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"schema\":\"attest.analysis/1\"}")]
    public void Malformed_json_is_a_failure_not_an_exception(string json)
    {
        var read = AnalysisJson.Read(json);

        Assert.False(read.Success);
    }

    [Fact]
    public void Every_enum_value_has_a_distinct_snake_case_name_that_parses_back()
    {
        void Check<T>() where T : struct, Enum
        {
            var names = Enum.GetValues<T>().Select(JsonNames.Of).ToArray();
            Assert.Equal(names.Length, names.Distinct().Count());
            foreach (var value in Enum.GetValues<T>())
            {
                Assert.True(JsonNames.TryParse<T>(JsonNames.Of(value), out var back));
                Assert.Equal(value, back);
            }
        }

        Check<DemandAction>();
        Check<EventType>();
        Check<TargetCategory>();
        Check<Modality>();
        Check<LoadedKind>();
        Check<FigureKind>();
        Check<ClaimAct>();
        Check<IssuerKind>();
        Assert.Equal("hold_accountable", JsonNames.Of(DemandAction.HoldAccountable));
    }

    [Fact]
    public void Evidence_of_one_span_has_it_as_primary()
    {
        var evidence = Evidence.Of(new Span(4, 2), "rule");

        Assert.Equal([new Span(4, 2)], evidence.Spans.ToArray());
        Assert.Equal(new Span(4, 2), evidence.Primary);
    }

    [Fact]
    public void Evidence_compares_by_its_spans_not_by_array_identity()
    {
        var a = new Evidence([new Span(1, 2), new Span(5, 1)], "rule");
        var b = new Evidence([new Span(1, 2), new Span(5, 1)], "rule");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { RuleId = "other" });
    }
}
