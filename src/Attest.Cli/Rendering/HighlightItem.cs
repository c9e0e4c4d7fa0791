using Attest.Text;

namespace Attest.Cli.Rendering;

/// <summary>One extracted item as `attest show` lists it: where it is, what kind, what it says, which rule.</summary>
internal sealed record HighlightItem(ItemCategory Category, Span Span, string Detail, string Rule);
