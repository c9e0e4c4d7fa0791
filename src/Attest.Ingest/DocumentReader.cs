using System.Security.Cryptography;

namespace Attest.Ingest;

/// <summary>Reads one file into a <see cref="SourceDocument"/>, or explains in one line why it cannot.</summary>
public static class DocumentReader
{
    public static Parsed<SourceDocument> Read(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(path, "no such file");
            }

            if (info.Length > options.MaxBytes)
            {
                return Fail(path, $"too large ({Megabytes(info.Length)} MB; the limit is {Megabytes(options.MaxBytes)} MB)");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(path, "cannot read: " + SourceFinder.OneLine(e.Message));
        }

        return FromBytes(path, bytes);
    }

    /// <summary>Builds a document from bytes already in memory (standard input, tests, generated corpora).</summary>
    public static Parsed<SourceDocument> FromBytes(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return Fail(source, "empty file");
        }

        var extension = Path.GetExtension(source);

        // Content decides only when it starts with the PDF header: a web page may quote "%PDF-" in its first kilobyte.
        if (bytes.StartsWith("%PDF-"u8) || extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            var pdf = PdfReader.Read(bytes);
            return pdf.Success
                ? Parsed<SourceDocument>.Ok(new SourceDocument(source, Hash(bytes), bytes.Length, "pdf", "binary", pdf.Value!.Text) { Metadata = pdf.Value.Metadata })
                : Fail(source, pdf.Error!);
        }

        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Success)
        {
            return Fail(source, decoded.Error!);
        }

        var text = decoded.Value!.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(source, "no text (only white space)");
        }

        if (HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || LooksLikeHtml(text))
        {
            var encoding = decoded.Value.Encoding;

            // Bytes that are neither marked nor valid UTF-8 fell back to Windows-1252; a page that declares its
            // charset (often Windows-1251 or KOI8-R in older archives) is decoded as it says instead.
            if (encoding == TextDecoder.Fallback && HtmlCharset.Declared(bytes) is { } declared && declared.CodePage != 1252)
            {
                text = declared.GetString(bytes);
                encoding = declared.WebName;
            }

            var html = HtmlReader.Read(text);
            return html.Success
                ? Parsed<SourceDocument>.Ok(new SourceDocument(source, Hash(bytes), bytes.Length, "html", encoding, html.Value!.Text) { Metadata = html.Value.Metadata })
                : Fail(source, html.Error!);
        }

        var format = extension.Equals(".md", StringComparison.OrdinalIgnoreCase) ? "markdown" : "text";
        return Parsed<SourceDocument>.Ok(new SourceDocument(source, Hash(bytes), bytes.Length, format, decoded.Value.Encoding, text));
    }

    /// <summary>Extensions read as HTML whatever their content looks like.</summary>
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];

    /// <summary>A page saved without an HTML extension still starts with a doctype or an html element,
    /// possibly after white space or an XML declaration.</summary>
    internal static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            var end = start.IndexOf("?>", StringComparison.Ordinal);
            start = end < 0 ? [] : start[(end + 2)..].TrimStart();
        }

        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static Parsed<SourceDocument> Fail(string path, string reason) => Parsed<SourceDocument>.Fail($"{path}: {reason}");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
