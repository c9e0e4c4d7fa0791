using System.Globalization;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Attest.Ingest;

/// <summary>Reads a web page: the main text with navigation, share lines and other boilerplate removed
/// (readability-style extraction), and the title, publication date, publisher and author from meta tags,
/// OpenGraph, JSON-LD and <c>&lt;time&gt;</c>.</summary>
public static class HtmlReader
{
    // SmartReader resolves relative links against a base address; nothing is fetched from it.
    private const string BaseAddress = "http://localhost/";

    /// <summary>Real pages nest a few dozen levels; beyond this, parsing time grows quadratically (see <see cref="HtmlNesting"/>).</summary>
    public const int MaxDepth = 1000;

    /// <summary>Extracts plain text and metadata from <paramref name="html"/>, or says in one phrase why it cannot.
    /// Malformed markup is parsed leniently, as browsers do.</summary>
    public static Parsed<ExtractedText> Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = HtmlNesting.MaxDepth(html);
        if (depth > MaxDepth)
        {
            return Parsed<ExtractedText>.Fail($"HTML nested too deeply ({depth.ToString(CultureInfo.InvariantCulture)} levels; the limit is {MaxDepth.ToString(CultureInfo.InvariantCulture)})");
        }

        try
        {
            var parser = new HtmlParser();
            var document = parser.ParseDocument(html);
            var found = HtmlMetadata.From(document);
            var article = new Reader(BaseAddress, document).GetArticle();
            var text = MainText(parser, article);
            if (string.IsNullOrWhiteSpace(text))
            {
                // Too little prose for readability scoring (a short statement page): fall back to the whole body.
                var body = parser.ParseDocument(html).Body;
                text = body is null ? "" : HtmlText.Of(body);
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return Parsed<ExtractedText>.Fail("no text in the HTML");
            }

            var metadata = new IngestMetadata(
                found.Title ?? Clean(article.Title) ?? Clean(document.Title),
                found.Published ?? (article.PublicationDate is { } date ? HtmlMetadata.Date(date) : null),
                found.Publisher ?? Clean(article.SiteName),
                found.Author ?? HtmlMetadata.Person(article.Author) ?? HtmlMetadata.Person(article.Byline));
            return Parsed<ExtractedText>.Ok(new ExtractedText(text, metadata));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The parser and extractor are third-party code fed with untrusted pages: any failure there is a
            // property of the input, reported in one line so the batch goes on.
            return Parsed<ExtractedText>.Fail("cannot extract text from HTML: " + SourceFinder.OneLine(e.Message));
        }
    }

    private static string MainText(HtmlParser parser, Article article)
    {
        if (!article.Completed || string.IsNullOrWhiteSpace(article.Content))
        {
            return "";
        }

        var content = parser.ParseDocument("<!DOCTYPE html><html><body>" + article.Content + "</body></html>");
        return content.Body is null ? "" : HtmlText.Of(content.Body);
    }

    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
