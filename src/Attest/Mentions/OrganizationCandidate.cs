using Attest.Text;

namespace Attest.Mentions;

/// <summary>An organisation one rule found, before overlapping findings are resolved: tokens
/// <c>[First, End)</c>, the name to report, the state, the rule, a priority among findings of equal length, and
/// a group of findings that share a span without excluding each other (0: none).</summary>
internal readonly record struct OrganizationCandidate(
    int First, int End, Span Span, string Name, string? Country, string Rule, int Priority, int Group);
