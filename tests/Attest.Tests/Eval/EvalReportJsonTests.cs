using System.Text.Json;
using Attest.Eval;
using Attest.Model;
using static Attest.Tests.Eval.EvalFixtures;

namespace Attest.Tests.Eval;

public sealed class EvalReportJsonTests
{
    private static readonly string[] Fields = ["precision", "recall", "f1", "tp", "fp", "fn"];

    [Fact]
    public void Report_is_one_object_with_every_category_linking_and_micro_and_six_fields_each()
    {
        var json = EvalReportJson.Write(SampleReport());

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(["categories", "linking", "micro"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Scorer.CategoryNames, root.GetProperty("categories").EnumerateObject().Select(p => p.Name));
        foreach (var score in root.GetProperty("categories").EnumerateObject().Select(p => p.Value).Append(root.GetProperty("linking")).Append(root.GetProperty("micro")))
        {
            Assert.Equal(Fields, score.EnumerateObject().Select(p => p.Name));
            Assert.All(score.EnumerateObject(), p => Assert.Equal(JsonValueKind.Number, p.Value.ValueKind));
        }
    }

    [Fact]
    public void Report_parses_back_to_the_same_counts_and_four_decimal_ratios()
    {
        var report = SampleReport();

        using var document = JsonDocument.Parse(EvalReportJson.Write(report));

        var persons = document.RootElement.GetProperty("categories").GetProperty("persons");
        Assert.Equal((1, 2, 0), (persons.GetProperty("tp").GetInt32(), persons.GetProperty("fp").GetInt32(), persons.GetProperty("fn").GetInt32()));
        Assert.Equal(0.3333, persons.GetProperty("precision").GetDouble());
        Assert.Equal(1, persons.GetProperty("recall").GetDouble());
        Assert.Equal(0.5, persons.GetProperty("f1").GetDouble());
        var micro = document.RootElement.GetProperty("micro");
        Assert.Equal(report.Micro.TruePositives, micro.GetProperty("tp").GetInt32());
        Assert.Equal(report.Micro.FalseNegatives, micro.GetProperty("fn").GetInt32());
    }

    [Fact]
    public void Report_numbers_are_written_without_more_than_four_decimals()
    {
        var json = EvalReportJson.Write(SampleReport());

        Assert.Contains("\"precision\": 0.3333,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("0.33333", json, StringComparison.Ordinal);
    }

    private static EvalReport SampleReport()
    {
        var gold = Gold("""
            "persons": [{"name": "Ilham Aliyev"}],
            "places": [{"name": "Paris", "country": "FR"}]
            """);
        return ScoreOne(gold, EmptyAnalysis() with { Persons = [Person("Ilham Aliyev"), Person("A"), Person("B")], Times = [Time("2022")] });
    }
}
