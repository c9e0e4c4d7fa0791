using Attest.Text;

namespace Attest.Mentions;

/// <summary>A document's own date, found on a date line of its text.</summary>
/// <param name="Value">The date as a TIMEX value (<c>2022-09-19</c>; <c>XXXX-09-19</c> when only a dateline
/// without a year gives it).</param>
/// <param name="Span">Where the date is written.</param>
/// <param name="PlaceOfIssue">The place written beside the date on a closing line or a dateline ("Baku" in
/// "September 20, 2022, Baku"), when there is one.</param>
/// <param name="IsMetadata">True when the date stands on a publication header line (with a label, a clock
/// time, a byline or separators): it dates the publication and is not a time mention of the text. A
/// statement's own date line ("9 March 2024" under its title, or closing it with the place) is part of the
/// text.</param>
public sealed record DocumentDate(string Value, Span Span, string? PlaceOfIssue, bool IsMetadata);
