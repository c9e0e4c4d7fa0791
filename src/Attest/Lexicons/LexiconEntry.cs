using System.Collections.Immutable;

namespace Attest.Lexicons;

/// <summary>One line of a lexicon file: a kind, a canonical name, its aliases and attributes.</summary>
/// <param name="Kind">What the entry is (<c>country</c>, <c>city</c>, <c>organization</c>, <c>abbreviation</c> …).</param>
/// <param name="Source">Where it was read, as <c>file:line</c>, for messages.</param>
public sealed record LexiconEntry(
    string Kind,
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableDictionary<string, string> Attributes,
    string Source)
{
    /// <summary>The attribute's value, or null when the entry does not set it.</summary>
    public string? Attribute(string key) => Attributes.TryGetValue(key, out var value) ? value : null;
}
