using System.Security.Cryptography;
using System.Text;

namespace Attest.Ingest;

/// <summary>Reads one file, stream or downloaded body into a <see cref="SourceDocument"/>, or explains in one line why it cannot.</summary>
public static class DocumentReader
{
    /// <summary>The source name of a document read from standard input.</summary>
    public const string StandardInput = "stdin";

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
                return Fail(path, TooLarge(info.Length, options.MaxBytes));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(path, "cannot read: " + SourceFinder.OneLine(e.Message));
        }

        return FromBytes(path, bytes, options);
    }

    /// <summary>Reads one document from <paramref name="stream"/> (standard input) up to
    /// <see cref="ReadOptions.MaxBytes"/>; a longer stream is refused, not cut.</summary>
    public static Parsed<SourceDocument> ReadStream(string source, Stream stream, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReadOptions.Default;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > options.MaxBytes)
                {
                    return Fail(source, TooLarge(buffer.Length + read, options.MaxBytes, orMore: true));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Fail(source, "cannot read: " + SourceFinder.OneLine(e.Message));
        }

        return FromBytes(source, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Builds a document from bytes already in memory (standard input, tests, generated corpora).</summary>
    public static Parsed<SourceDocument> FromBytes(string source, ReadOnlySpan<byte> bytes) => FromBytes(source, bytes, ReadOptions.Default);

    /// <summary>Builds a document from bytes already in memory. <paramref name="mediaType"/> and
    /// <paramref name="charset"/> are what a web server declared (<c>text/html</c>, <c>windows-1251</c>); without
    /// them the format follows the name and the content, the encoding the bytes.</summary>
    public static Parsed<SourceDocument> FromBytes(string source, ReadOnlySpan<byte> bytes, ReadOptions options, string? mediaType = null, string? charset = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.IsEmpty)
        {
            return Fail(source, "empty file");
        }

        var extension = mediaType is null ? Path.GetExtension(source) : "";

        // Content decides only when it starts with the PDF header: a web page may quote "%PDF-" in its first kilobyte.
        if (bytes.StartsWith("%PDF-"u8) || extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase) || mediaType == "application/pdf")
        {
            var pdf = PdfReader.Read(bytes, options);
            return pdf.Success
                ? Document(source, bytes, "pdf", "binary", pdf.Value!, options)
                : Fail(source, pdf.Error!);
        }

        var decoded = Decode(bytes, charset);
        if (!decoded.Success)
        {
            return Fail(source, decoded.Error!);
        }

        var text = decoded.Value!.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(source, "no text (only white space)");
        }

        var html = mediaType is "text/html" or "application/xhtml+xml" ||
            (mediaType is null && HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)) ||
            (mediaType is null or "text/plain" && LooksLikeHtml(text));
        if (html)
        {
            var encoding = decoded.Value.Encoding;

            // Bytes that are neither marked nor valid UTF-8 were read in a guessed code page; a page that declares
            // its charset (often Windows-1251 or KOI8-R in older archives) is decoded as it says instead.
            if (charset is null && TextDecoder.IsGuess(encoding) && HtmlCharset.Declared(bytes) is { } declared && declared.WebName != encoding)
            {
                text = declared.GetString(bytes);
                encoding = declared.WebName;
            }

            var page = HtmlReader.Read(text);
            return page.Success
                ? Document(source, bytes, "html", encoding, page.Value!, options)
                : Fail(source, page.Error!);
        }

        var format = extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || mediaType == "text/markdown" ? "markdown" : "text";
        return Document(source, bytes, format, decoded.Value.Encoding, new ExtractedText(text, IngestMetadata.None), options);
    }

    /// <summary>Cleans the text (boilerplate, footnote markers) and fills the metadata the markup leaves open
    /// from the text's own header, lead-in, dateline and closing lines.</summary>
    private static Parsed<SourceDocument> Document(string source, ReadOnlySpan<byte> bytes, string format, string encoding, ExtractedText extracted, ReadOptions options)
    {
        var cleaned = (options.Cleaner ?? TextCleaner.Default).Clean(extracted.Text);
        if (string.IsNullOrWhiteSpace(cleaned.Text))
        {
            return Fail(source, "no text once boilerplate is removed");
        }

        var metadata = extracted.Metadata.FillFrom((options.Metadata ?? TextMetadataReader.Default).Read(cleaned.Text));
        return Parsed<SourceDocument>.Ok(new SourceDocument(source, Hash(bytes), bytes.Length, format, encoding, cleaned.Text)
        {
            Metadata = metadata,
            Removed = cleaned.Removed,
            Reader = ReaderVersions.Of(format),
        });
    }

    /// <summary>A charset a server declared wins over detection unless a byte-order mark says otherwise.</summary>
    private static Parsed<DecodedText> Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        if (charset is null || TextDecoder.HasByteOrderMark(bytes))
        {
            return TextDecoder.Decode(bytes);
        }

        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(charset.Trim('"', ' '));
        }
        catch (ArgumentException)
        {
            return TextDecoder.Decode(bytes);
        }

        if (encoding is UTF8Encoding)
        {
            return TextDecoder.Decode(bytes);
        }

        var declared = TextDecoder.Decode(bytes);
        return declared.Success ? Parsed<DecodedText>.Ok(new DecodedText(encoding.GetString(bytes), encoding.WebName)) : declared;
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

    internal static string TooLarge(long bytes, long limit, bool orMore = false) =>
        $"too large ({Megabytes(bytes)} MB{(orMore ? " or more" : "")}; the limit is {Megabytes(limit)} MB)";

    private static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static Parsed<SourceDocument> Fail(string path, string reason) => Parsed<SourceDocument>.Fail($"{path}: {reason}");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
