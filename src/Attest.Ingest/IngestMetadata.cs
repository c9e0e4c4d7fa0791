namespace Attest.Ingest;

/// <summary>What a document says about itself: in its markup (HTML meta tags, OpenGraph, JSON-LD, PDF document
/// information) and, for fields the markup leaves open, in its header, lead-in, dateline and closing lines
/// (<see cref="TextMetadataReader"/>).</summary>
/// <param name="Title">Headline or title.</param>
/// <param name="Published">Publication date as a TIMEX date (<c>2022-09-19</c>), when the markup gives one.</param>
/// <param name="Publisher">Publishing organisation or site name.</param>
/// <param name="Author">Author or authors, comma-separated.</param>
public sealed record IngestMetadata(string? Title, string? Published, string? Publisher, string? Author)
{
    /// <summary>No field known.</summary>
    public static IngestMetadata None { get; } = new(null, null, null, null);

    /// <summary>The place a closing date line or a dateline gives ("September 20, 2022, Baku"), when the text has one.</summary>
    public string? PlaceOfIssue { get; init; }

    /// <summary>True when no field is known.</summary>
    public bool IsEmpty => Title is null && Published is null && Publisher is null && Author is null && PlaceOfIssue is null;

    /// <summary>These fields, with the ones left open filled from what the plain text says.</summary>
    public IngestMetadata FillFrom(TextMetadata text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new IngestMetadata(Title, Published ?? text.Published, Publisher ?? text.Publisher, Author ?? text.Author)
        {
            // The place belongs with the date it was written beside; a date from the markup has none.
            PlaceOfIssue = PlaceOfIssue ?? (Published is null ? text.PlaceOfIssue : null),
        };
    }
}
