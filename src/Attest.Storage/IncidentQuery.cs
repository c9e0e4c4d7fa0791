using Attest.Model;

namespace Attest.Storage;

/// <summary>Which incidents to list; every filter left null matches everything.</summary>
/// <param name="Country">ISO code; matches incidents any account places in that country.</param>
/// <param name="From">TIMEX date; matches incidents whose date range ends on or after its first day.</param>
/// <param name="To">TIMEX date; matches incidents whose date range starts on or before its last day.</param>
/// <param name="Id">One incident by id.</param>
/// <remarks>With <paramref name="From"/> or <paramref name="To"/> set, incidents without a date are left out.</remarks>
public sealed record IncidentQuery(
    string? Country = null,
    string? From = null,
    string? To = null,
    EventType? Type = null,
    TargetCategory? Target = null,
    long? Id = null)
{
    /// <summary>Every incident.</summary>
    public static IncidentQuery All { get; } = new();
}
