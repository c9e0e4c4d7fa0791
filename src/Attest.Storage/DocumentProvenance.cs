namespace Attest.Storage;

/// <summary>Where a document's bytes came from and how they were read.</summary>
/// <param name="Source">The file path or URL as given by the user.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the raw bytes; the identity of a document in the store.</param>
/// <param name="Bytes">Length of the raw bytes.</param>
/// <param name="Format">How the bytes were read, for example <c>text</c>, <c>html</c> or <c>pdf</c>.</param>
/// <param name="Encoding">The character encoding the bytes were decoded with.</param>
/// <param name="IngestedAt">When the bytes were read.</param>
public sealed record DocumentProvenance(string Source, string Sha256, long Bytes, string Format, string Encoding, DateTimeOffset IngestedAt)
{
    /// <summary>The reader that turned the bytes into text, with its version (<c>html SmartReader 0.11.1</c>), when known.</summary>
    public string? Reader { get; init; }

    /// <summary>When the bytes were fetched over HTTP(S); null for files and standard input.</summary>
    public DateTimeOffset? RetrievedAt { get; init; }

    /// <summary>What the reader took out of the text before storing it (web boilerplate, footnote markers), in order.</summary>
    public IReadOnlyList<RemovedSpan> Removed { get; init; } = [];

    /// <summary>Value equality, with <see cref="Removed"/> compared item by item rather than by reference.</summary>
    public bool Equals(DocumentProvenance? other) =>
        other is not null &&
        (Source, Sha256, Bytes, Format, Encoding, IngestedAt, Reader, RetrievedAt) ==
        (other.Source, other.Sha256, other.Bytes, other.Format, other.Encoding, other.IngestedAt, other.Reader, other.RetrievedAt) &&
        Removed.SequenceEqual(other.Removed);

    public override int GetHashCode() => HashCode.Combine(Sha256, Source, IngestedAt, Removed.Count);
}
