using System.Text.Json;

namespace Attest.Storage;

/// <summary>The <c>removed</c> column: a JSON array of <c>{start, at, text, rule}</c>, written with a JSON writer so
/// no document text is ever spliced into SQL or JSON by hand.</summary>
internal static class RemovedSpans
{
    public static string ToJson(IReadOnlyList<RemovedSpan> removed)
    {
        if (removed.Count == 0)
        {
            return "[]";
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var r in removed)
            {
                w.WriteStartObject();
                w.WriteNumber("start", r.Start);
                w.WriteNumber("at", r.At);
                w.WriteString("text", r.Text);
                w.WriteString("rule", r.Rule);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, checked((int)buffer.Length));
    }

    public static IReadOnlyList<RemovedSpan> FromJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var removed = new List<RemovedSpan>(doc.RootElement.GetArrayLength());
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            removed.Add(new RemovedSpan(
                e.GetProperty("start").GetInt32(),
                e.GetProperty("at").GetInt32(),
                e.GetProperty("text").GetString()!,
                e.GetProperty("rule").GetString()!));
        }

        return removed;
    }
}
