using System.Text;
using System.Text.Json;

namespace Attest.Eval;

/// <summary>Writes an <see cref="EvalReport"/> as one JSON object:
/// <c>{"categories": {"persons": {"precision", "recall", "f1", "tp", "fp", "fn"}, …}, "linking": {…}, "micro": {…}}</c>.
/// Ratios are JSON numbers rounded to four decimals.</summary>
public static class EvalReportJson
{
    /// <summary>The report as indented JSON, without a final line break.</summary>
    public static string Write(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("categories");
            foreach (var category in report.Categories)
            {
                WriteScore(writer, category.Name, category.Score);
            }

            writer.WriteEndObject();
            WriteScore(writer, "linking", report.Linking);
            WriteScore(writer, "micro", report.Micro);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, checked((int)stream.Length));
    }

    private static void WriteScore(Utf8JsonWriter writer, string name, Score score)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("precision", Round(score.Precision));
        writer.WriteNumber("recall", Round(score.Recall));
        writer.WriteNumber("f1", Round(score.F1));
        writer.WriteNumber("tp", score.TruePositives);
        writer.WriteNumber("fp", score.FalsePositives);
        writer.WriteNumber("fn", score.FalseNegatives);
        writer.WriteEndObject();
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
