using System.Collections.Immutable;
using Attest.Text;

namespace Attest.Model;

/// <summary>Where an item came from: the span(s) of clean text and the rule or lexicon entry that produced it.</summary>
public sealed record Evidence(ImmutableArray<Span> Spans, string RuleId)
{
    /// <summary>Evidence from a single span.</summary>
    public static Evidence Of(Span span, string ruleId) => new([span], ruleId);

    /// <summary>The first span, which every item has.</summary>
    public Span Primary => Spans[0];

    /// <summary>Value equality over the spans, not the array reference, so equal items compare equal.</summary>
    public bool Equals(Evidence? other) =>
        other is not null && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal) && Spans.AsSpan().SequenceEqual(other.Spans.AsSpan());

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(RuleId, StringComparer.Ordinal);
        foreach (var span in Spans)
        {
            hash.Add(span);
        }

        return hash.ToHashCode();
    }
}
