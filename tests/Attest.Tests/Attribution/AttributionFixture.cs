using Attest.Analysis;
using Attest.Model;

namespace Attest.Tests.Attribution;

/// <summary>The whole analyzer over the bundled lexicons, with issuer and quotes as short strings that tables
/// can compare.</summary>
internal static class AttributionFixture
{
    /// <summary>Every quotation found, "Speaker: quoted text" each ("-" when no speaker), joined by " | ".</summary>
    public static string Quotes(string text)
    {
        var analysis = Analyzer.Default.Analyze(text);
        return string.Join(" | ", analysis.Quotes.Select(q => (q.Speaker ?? "-") + ": " + q.Text.In(analysis.Text).ToString()));
    }

    /// <summary>The speakers of every quotation found, joined by " | ".</summary>
    public static string Speakers(string text) =>
        string.Join(" | ", Analyzer.Default.Analyze(text).Quotes.Select(q => q.Speaker ?? "-"));

    /// <summary>The issuer's name, or "-" when none is found.</summary>
    public static string IssuerName(string text, DocumentMetadata? metadata = null) =>
        Analyzer.Default.Analyze(text, metadata).Issuer?.Name ?? "-";

    /// <summary>The issuer as "Name (Kind)", or "-".</summary>
    public static string IssuerWithKind(string text) =>
        Analyzer.Default.Analyze(text).Issuer is { } issuer ? $"{issuer.Name} ({issuer.Kind})" : "-";
}
