namespace Attest.Model;

/// <summary>What is known about a document's publication, from ingest or from its text.</summary>
/// <param name="Published">Publication or issue date as a TIMEX value, when known.</param>
public sealed record DocumentMetadata(string? Title, string? Published, string? Publisher, string? Author, string? PlaceOfIssue)
{
    /// <summary>Nothing known.</summary>
    public static DocumentMetadata Empty { get; } = new(null, null, null, null, null);
}
