namespace Attest.Model;

/// <summary>A date, month, year, decade or span, normalised to the TIMEX subset of the gold format
/// (<c>2022-09-18</c>, <c>2022-09</c>, <c>199X</c>, <c>XXXX-10-14</c>, <c>2022-09-12/2022-09-13</c>).</summary>
public sealed record TimeMention(string Value, Evidence Evidence);
