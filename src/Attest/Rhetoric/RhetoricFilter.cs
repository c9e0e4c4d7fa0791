using Attest.Model;

namespace Attest.Rhetoric;

/// <summary>Which loaded terms <see cref="RhetoricTally"/> counts. Null fields do not filter.</summary>
/// <param name="Speaker">Part of the speaker's name, case ignored.</param>
/// <param name="Side">The speaker's country code (<c>AZ</c>), case ignored.</param>
/// <param name="From">First publication date (TIMEX prefix, <c>2022-09</c> or <c>2022-09-18</c>), inclusive.</param>
/// <param name="To">Last publication date, inclusive; a document without a date passes only when no range is set.</param>
/// <param name="IncludeMarked">Also count negated, hypothetical, denied and distanced labels, not only uses.</param>
public sealed record RhetoricFilter(string? Speaker = null, string? Side = null, LoadedKind? Kind = null, string? From = null, string? To = null, bool IncludeMarked = false)
{
    /// <summary>No filter: every use.</summary>
    public static RhetoricFilter None { get; } = new();
}
