using Attest.Analysis;
using Attest.Json;
using Attest.Model;

namespace Attest.Tests.Attribution;

/// <summary>Demands and claims of a short invented text as strings a table can compare.</summary>
internal static class VoicesFixture
{
    /// <summary>A lead that makes a civil-society group the issuer, so the text after it speaks in its own voice.</summary>
    public const string Statement = "As representatives of human rights organisations, we publish this statement.\n\n";

    /// <summary>Every demand as "action: addressee", in text order, joined by " | "; "-" when there is none.</summary>
    public static string Demands(string text)
    {
        var demands = Analyzer.Default.Analyze(text).Demands;
        return demands.IsEmpty ? "-" : string.Join(" | ", demands.Select(d => JsonNames.Of(d.Action) + ": " + d.Addressee));
    }

    /// <summary>The demands of <paramref name="text"/> after <see cref="Statement"/>.</summary>
    public static string OwnDemands(string text) => Demands(Statement + text);

    /// <summary>The speaker of every demand, joined by " | ".</summary>
    public static string DemandSpeakers(string text) =>
        string.Join(" | ", Analyzer.Default.Analyze(text).Demands.Select(d => d.Speaker));

    /// <summary>The demands themselves.</summary>
    public static IReadOnlyList<Demand> DemandItems(string text) => Analyzer.Default.Analyze(text).Demands;

    /// <summary>Every claim as "act: target", in text order, joined by " | "; "-" when there is none.</summary>
    public static string Claims(string text)
    {
        var claims = Analyzer.Default.Analyze(text).Claims;
        return claims.IsEmpty ? "-" : string.Join(" | ", claims.Select(c => JsonNames.Of(c.Act) + ": " + (c.Target ?? "")));
    }

    /// <summary>The claims themselves.</summary>
    public static IReadOnlyList<Claim> ClaimItems(string text) => Analyzer.Default.Analyze(text).Claims;
}
