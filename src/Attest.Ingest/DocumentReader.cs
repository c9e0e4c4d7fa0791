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

        var format = Path.GetExtension(source).Equals(".md", StringComparison.OrdinalIgnoreCase) ? "markdown" : "text";
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return Parsed<SourceDocument>.Ok(new SourceDocument(source, hash, bytes.Length, format, decoded.Value.Encoding, text));
    }

    private static Parsed<SourceDocument> Fail(string path, string reason) => Parsed<SourceDocument>.Fail($"{path}: {reason}");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
