namespace Attest.Ingest;

/// <summary>What a document says about itself in its markup (HTML meta tags, OpenGraph, JSON-LD, PDF document
/// information), before any analysis of its text.</summary>
/// <param name="Title">Headline or title.</param>
/// <param name="Published">Publication date as a TIMEX date (<c>2022-09-19</c>), when the markup gives one.</param>
/// <param name="Publisher">Publishing organisation or site name.</param>
/// <param name="Author">Author or authors, comma-separated.</param>
public sealed record IngestMetadata(string? Title, string? Published, string? Publisher, string? Author)
{
    /// <summary>No field known.</summary>
    public static IngestMetadata None { get; } = new(null, null, null, null);

    /// <summary>True when no field is known.</summary>
    public bool IsEmpty => Title is null && Published is null && Publisher is null && Author is null;
}
