namespace Attest.Ingest;

/// <summary>What the header, lead-in, dateline and closing lines of a plain text say about its publication.</summary>
/// <param name="Published">Publication or issue date as a TIMEX value (<c>2022-09-19</c>; <c>XXXX-09-19</c> from a
/// dateline without a year), found by the core's document-date finder so ingest and analysis agree.</param>
/// <param name="PlaceOfIssue">The place beside a closing date line or at the head of a dateline.</param>
/// <param name="Publisher">The outlet or agency: a header byline, a "Publisher:" label, an agency in a dateline
/// or a lead-in ("Acme News reports that …").</param>
/// <param name="Author">The author from a byline ("By Anna Varga") or an "Author:" label.</param>
/// <param name="CitedSource">The source a lead-in cites ("… reports, citing the Foreign Ministry").</param>
public sealed record TextMetadata(string? Published, string? PlaceOfIssue, string? Publisher, string? Author, string? CitedSource)
{
    /// <summary>Nothing found.</summary>
    public static TextMetadata None { get; } = new(null, null, null, null, null);
}
