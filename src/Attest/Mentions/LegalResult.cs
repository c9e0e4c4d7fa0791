using System.Collections.Immutable;
using Attest.Model;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>What <see cref="LegalStage"/> found in one document.</summary>
/// <param name="Citations">Every citation in text order: an instrument named without an article gives one
/// with a null article; an article gives one with its instrument, and the instrument it names is not cited twice.</param>
/// <param name="CitationSpans">The text every citation covers, sorted and merged: instrument names with their
/// years ("the 1961 Vienna Convention"), article references ("Article 22(2)"). A later stage that reads dates
/// skips the years inside them.</param>
public sealed record LegalResult(ImmutableArray<LegalCitation> Citations, ImmutableArray<Span> CitationSpans)
{
    /// <summary>A result with nothing found.</summary>
    public static LegalResult Empty { get; } = new([], []);

    /// <summary>True when <paramref name="span"/> lies inside a citation.</summary>
    public bool InCitation(Span span)
    {
        foreach (var citation in CitationSpans)
        {
            if (citation.Contains(span))
            {
                return true;
            }

            if (citation.Start > span.Start)
            {
                break;
            }
        }

        return false;
    }
}
