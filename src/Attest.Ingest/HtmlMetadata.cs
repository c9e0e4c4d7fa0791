using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Attest.Ingest;

/// <summary>Metadata a page declares about itself. JSON-LD is the most specific source and wins, then
/// OpenGraph and article meta properties, then generic meta names, then the first <c>&lt;time datetime&gt;</c>.</summary>
internal static class HtmlMetadata
{
    private static readonly string[] TitleKeys = ["og:title", "twitter:title", "dc.title", "citation_title"];

    private static readonly string[] DateKeys =
    [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
        "publication_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "citation_publication_date",
    ];

    private static readonly string[] PublisherKeys = ["og:site_name", "publisher", "dc.publisher", "citation_publisher", "application-name"];

    private static readonly string[] AuthorKeys = ["author", "article:author", "dc.creator", "citation_author", "byl"];

    public static IngestMetadata From(IHtmlDocument document)
    {
        var meta = MetaTags(document);
        var ld = JsonLd(document);
        return new IngestMetadata(
            ld.Title ?? First(meta, TitleKeys),
            ld.Published ?? FirstDate(meta, DateKeys) ?? TimeElement(document),
            ld.Publisher ?? First(meta, PublisherKeys),
            ld.Author ?? Person(First(meta, AuthorKeys)));
    }

    /// <summary>The calendar date of a timestamp as written (its own offset, not converted to UTC), as a TIMEX date.</summary>
    public static string? Date(string? value)
    {
        value = value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // ISO 8601 and its slash variant: take the date part literally, whatever follows.
        if (value.Length >= 10 && IsDigits(value.AsSpan(0, 4)) && value[4] is '-' or '/' && IsDigits(value.AsSpan(5, 2))
            && value[7] == value[4] && IsDigits(value.AsSpan(8, 2))
            && DateOnly.TryParseExact(value.AsSpan(0, 10), value[4] == '-' ? "yyyy-MM-dd" : "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    public static string? Date(DateTime value) => value.Year < 1 ? null : value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A person's name from a byline-like value: a leading "By" dropped, links refused.</summary>
    public static string? Person(string? value)
    {
        var clean = HtmlReader.Clean(value);
        if (clean is null || clean.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (clean.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            clean = HtmlReader.Clean(clean[3..]);
        }

        return clean;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, string> MetaTags(IHtmlDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = HtmlReader.Clean(element.GetAttribute("content"));
            if (key is not null && content is not null)
            {
                tags.TryAdd(key.Trim(), content);
            }
        }

        return tags;
    }

    private static string? First(Dictionary<string, string> tags, string[] keys)
    {
        foreach (var key in keys)
        {
            if (tags.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static string? FirstDate(Dictionary<string, string> tags, string[] keys)
    {
        foreach (var key in keys)
        {
            if (tags.TryGetValue(key, out var value) && Date(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static string? TimeElement(IHtmlDocument document)
    {
        // A <time> inside the article is the article's; elsewhere it may date a sidebar, so the article is tried first.
        foreach (var selector in new[] { "article time[datetime]", "time[pubdate]", "time[datetime]" })
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                if (Date(element.GetAttribute("datetime") ?? element.TextContent) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    private static IngestMetadata JsonLd(IHtmlDocument document)
    {
        string? title = null, published = null, publisher = null, author = null;
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script.TextContent, options);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources still apply.
                continue;
            }

            using (json)
            {
                foreach (var node in Nodes(json.RootElement))
                {
                    title ??= HtmlReader.Clean(StringOf(node, "headline") ?? (IsArticle(node) ? StringOf(node, "name") : null));
                    published ??= Date(StringOf(node, "datePublished"));
                    publisher ??= Names(node, "publisher");
                    author ??= Names(node, "author");
                }
            }
        }

        return new IngestMetadata(title, published, publisher, author);
    }

    /// <summary>The objects of a JSON-LD block: the root, array items and <c>@graph</c> members, article types first.</summary>
    private static List<JsonElement> Nodes(JsonElement root)
    {
        var nodes = new List<JsonElement>();
        void Add(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        nodes.Add(item);
                    }
                }
            }
            else if (e.ValueKind == JsonValueKind.Object)
            {
                nodes.Add(e);
                if (e.TryGetProperty("@graph", out var graph))
                {
                    Add(graph);
                }
            }
        }

        Add(root);
        return [.. nodes.Where(IsArticle), .. nodes.Where(n => !IsArticle(n))];
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        IEnumerable<JsonElement> types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : [type];
        return types.Any(t => t.ValueKind == JsonValueKind.String
            && (t.GetString()!.EndsWith("Article", StringComparison.Ordinal) || t.GetString() is "BlogPosting" or "Report"));
    }

    private static string? StringOf(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A name or list of names: a string, an object with <c>name</c>, or an array of either.</summary>
    private static string? Names(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        var names = new List<string>();
        IEnumerable<JsonElement> items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];
        foreach (var item in items)
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => Person(item.GetString()),
                JsonValueKind.Object => HtmlReader.Clean(StringOf(item, "name")),
                _ => null,
            };
            if (name is not null && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
