using Attest.Model;

namespace Attest.Linking;

/// <summary>The side a source speaks for, used to count corroboration by side.</summary>
/// <remarks>The side is the state the issuer belongs to when the gazetteer or the document's own organisation
/// mentions say so (a ministry, a state agency), else the state of the publisher (an outlet). A source whose
/// state is unknown has no side and counts only towards independent sources. Attest does not judge whether an
/// outlet is independent of its state; the side records where it stands, nothing more.</remarks>
public static class SourceSides
{
    /// <summary>The side of a document, or null when neither issuer nor publisher can be placed.</summary>
    public static string? Of(DocumentAnalysis analysis, Gazetteer gazetteer, string? publisher = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(gazetteer);
        return CountryOf(analysis.Issuer?.Name, analysis, gazetteer)
            ?? CountryOf(publisher ?? analysis.Metadata.Publisher, analysis, gazetteer);
    }

    private static string? CountryOf(string? name, DocumentAnalysis analysis, Gazetteer gazetteer)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var known = gazetteer.CountryOf(name);
        if (known is not null)
        {
            return known;
        }

        foreach (var organization in analysis.Organizations)
        {
            if (organization.Country is not null && string.Equals(organization.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return organization.Country.ToUpperInvariant();
            }
        }

        return null;
    }
}
