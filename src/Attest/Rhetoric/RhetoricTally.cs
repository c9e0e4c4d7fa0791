using System.Collections.Immutable;
using Attest.Model;

namespace Attest.Rhetoric;

/// <summary>Counts loaded terms by speaker and kind over many analyses: a pure function from analyses to rows;
/// printing is the caller's.</summary>
public static class RhetoricTally
{
    /// <summary>Rows sorted by speaker, then kind. <paramref name="documents"/> pairs a document's name with its analysis.</summary>
    public static ImmutableArray<RhetoricRow> Count(IEnumerable<(string Document, DocumentAnalysis Analysis)> documents, RhetoricFilter filter)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(filter);
        var cells = new Dictionary<(string Speaker, LoadedKind Kind), (string? Side, int Count, string Document, string Example)>();
        foreach (var (document, analysis) in documents)
        {
            if (!InRange(analysis.Metadata.Published, filter))
            {
                continue;
            }

            foreach (var term in analysis.Loaded)
            {
                var speaker = term.Speaker ?? analysis.Issuer?.Name ?? "(unknown)";
                if ((!filter.IncludeMarked && !LoadedRules.IsUse(term))
                    || (filter.Kind is { } kind && term.Kind != kind)
                    || (filter.Speaker is { } wanted && !speaker.Contains(wanted, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var side = SideOf(speaker, analysis);
                if (filter.Side is { } sideWanted && !string.Equals(side, sideWanted, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var key = (speaker, term.Kind);
                cells[key] = cells.TryGetValue(key, out var cell)
                    ? cell with { Count = cell.Count + 1, Side = cell.Side ?? side }
                    : (side, 1, document, term.Evidence.Primary.In(analysis.Text).ToString());
            }
        }

        return [.. cells
            .OrderBy(c => c.Key.Speaker, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Kind)
            .Select(c => new RhetoricRow(c.Key.Speaker, c.Value.Side, c.Key.Kind, c.Value.Count, c.Value.Document, c.Value.Example))];
    }

    /// <summary>The speaker's country: of the body or place of that name in the analysis, or of the issuer's body.</summary>
    public static string? SideOf(string speaker, DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        foreach (var organization in analysis.Organizations)
        {
            if (organization.Country is not null && string.Equals(organization.Name, speaker, StringComparison.Ordinal))
            {
                return organization.Country;
            }
        }

        foreach (var place in analysis.Places)
        {
            if (place.Country is not null && string.Equals(place.Name, speaker, StringComparison.Ordinal))
            {
                return place.Country;
            }
        }

        return null;
    }

    private static bool InRange(string? published, RhetoricFilter filter)
    {
        if (filter.From is null && filter.To is null)
        {
            return true;
        }

        if (published is null || published.Length < 4 || published.StartsWith('X'))
        {
            return false;
        }

        // TIMEX values compare as text on their common precision: "2022" overlaps any day of 2022.
        return (filter.From is null || string.CompareOrdinal(published, 0, filter.From, 0, Math.Min(published.Length, filter.From.Length)) >= 0)
            && (filter.To is null || string.CompareOrdinal(published, 0, filter.To, 0, Math.Min(published.Length, filter.To.Length)) <= 0);
    }
}
