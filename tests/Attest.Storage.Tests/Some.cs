using System.Security.Cryptography;
using System.Text;

namespace Attest.Storage.Tests;

/// <summary>Test fixtures: documents whose provenance is derived from their text the way ingest derives it from bytes.</summary>
public static class Some
{
    public const string Version = "attest 0.1.0";

    public static readonly DateTimeOffset IngestTime = new(2024, 10, 14, 9, 30, 0, TimeSpan.FromHours(2));

    public static NewDocument Document(
        string text,
        string source = "corpus/statement.txt",
        string? title = null,
        string? published = null,
        string? publisher = null,
        string? author = null)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var provenance = new DocumentProvenance(source, Sha256Of(bytes), bytes.Length, "text", "utf-8", IngestTime);
        return new NewDocument(provenance, text, title, published, publisher, author);
    }

    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Json(string marker = "a") => $$"""{"marker":"{{marker}}","incidents":[]}""";

    /// <summary>A document with a numbered, distinct text, for tests that need many.</summary>
    public static NewDocument Numbered(int n, int paddingCharacters = 0) =>
        Document($"Statement number {n} on the border incident. {new string('x', paddingCharacters)}", $"corpus/n{n}.txt");
}
