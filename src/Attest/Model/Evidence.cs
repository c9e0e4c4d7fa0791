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
}
