using System.Globalization;
using System.Text.Json;

namespace Attest.Eval;

/// <summary>Reads gold annotation files (one JSON object per document, see <c>docs/eval.md</c>).</summary>
public static class GoldReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        // The format's own description is written as JSON with comments; accept files typed that way.
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the gold file at <paramref name="path"/>; a file that cannot be read or is not valid
    /// gold gives a failed result whose error starts with the path.</summary>
    public static Parsed<GoldDocument> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Parsed<GoldDocument>.Fail($"{path}: cannot read the gold file: {e.Message}");
        }

        return Parse(json, path);
    }

    /// <summary>Parses one gold document from <paramref name="json"/>; <paramref name="sourceName"/> starts
    /// every error message (a file name, usually).</summary>
    public static Parsed<GoldDocument> Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            return Parsed<GoldDocument>.Ok(GoldJson.ReadDocument(document.RootElement));
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }

            return Parsed<GoldDocument>.Fail(string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{line}: invalid JSON: {message}"));
        }
        catch (GoldJson.FormatError e)
        {
            return Parsed<GoldDocument>.Fail($"{sourceName}: {e.Message}");
        }
    }
}
