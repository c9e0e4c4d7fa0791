using System.Diagnostics;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Attest.Ingest;

/// <summary>Reads the text layer of a PDF page by page in reading order, paragraphs separated by blank lines,
/// with the title and author from its document information.</summary>
public static class PdfReader
{
    private static readonly ContentOrderTextExtractor.Options Layout = new()
    {
        SeparateParagraphsWithDoubleNewline = true,
        ReplaceWhitespaceWithSpace = true,
    };

    /// <summary>True when <paramref name="bytes"/> carry the PDF header (<c>%PDF-</c>) within the first kilobyte,
    /// where readers accept it.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>Extracts the text of <paramref name="bytes"/> with the default limits.</summary>
    public static Parsed<ExtractedText> Read(ReadOnlySpan<byte> bytes) => Read(bytes, ReadOptions.Default);

    /// <summary>Extracts the text of <paramref name="bytes"/>, or says in one phrase why it cannot:
    /// not a PDF, malformed or truncated, encrypted, without a text layer, too many pages, or too slow.</summary>
    /// <remarks>The parser is third-party code fed with untrusted files and cannot be interrupted inside a page.
    /// The work runs on a pool thread: the caller waits at most <see cref="ReadOptions.PdfTimeout"/>, and the
    /// work itself stops at the next page once the time is up, so a pathological file costs one page at most
    /// after its time.</remarks>
    public static Parsed<ExtractedText> Read(ReadOnlySpan<byte> bytes, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!LooksLikePdf(bytes))
        {
            return Parsed<ExtractedText>.Fail("not a PDF (no %PDF- header)");
        }

        var copy = bytes.ToArray();
        var clock = Stopwatch.StartNew();
        var work = Task.Run(() => Extract(copy, options, clock));
        if (!work.Wait(options.PdfTimeout) && !work.IsCompleted)
        {
            return Parsed<ExtractedText>.Fail(TooSlow(options));
        }

        return work.Result;
    }

    private static string TooSlow(ReadOptions options) =>
        $"PDF took longer than {options.PdfTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s to read (pathological file?)";

    private static Parsed<ExtractedText> Extract(byte[] bytes, ReadOptions options, Stopwatch clock)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > options.MaxPdfPages)
            {
                return Parsed<ExtractedText>.Fail($"too many pages ({document.NumberOfPages.ToString(CultureInfo.InvariantCulture)}; the limit is {options.MaxPdfPages.ToString(CultureInfo.InvariantCulture)})");
            }

            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                if (clock.Elapsed > options.PdfTimeout)
                {
                    return Parsed<ExtractedText>.Fail(TooSlow(options));
                }

                var pageText = Paragraphs(ContentOrderTextExtractor.GetText(page, Layout));
                if (pageText.Length == 0)
                {
                    continue;
                }

                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }

                text.Append(pageText);
            }

            if (text.Length == 0)
            {
                return Parsed<ExtractedText>.Fail("no text layer (scanned PDF?)");
            }

            var info = document.Information;
            var metadata = new IngestMetadata(HtmlReader.Clean(info.Title), null, null, HtmlReader.Clean(info.Author));
            return Parsed<ExtractedText>.Ok(new ExtractedText(text.ToString(), metadata));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig signals damaged files with a range of exception types; for ingest they all mean the same:
            // this file cannot be read, say so in one line and go on.
            return Parsed<ExtractedText>.Fail("malformed or truncated PDF: " + SourceFinder.OneLine(e.Message));
        }
    }

    /// <summary>Trims each line, drops trailing spaces and collapses runs of blank lines to one.</summary>
    private static string Paragraphs(string page)
    {
        var output = new StringBuilder(page.Length);
        var blank = false;
        foreach (var raw in page.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                blank = output.Length > 0;
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(blank ? "\n\n" : "\n");
            }

            output.Append(line);
            blank = false;
        }

        return output.ToString();
    }
}
