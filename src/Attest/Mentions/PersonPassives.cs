using System.Collections.Frozen;
using Attest.Lexicons;

namespace Attest.Mentions;

/// <summary>The passive verbs only a person undergoes ("arrested", "detained") and the forms of "be" that make them
/// passive, from the kinds <c>person-passive</c> and <c>passive-be</c> of <c>lexicons/name-cues.tsv</c> (and a
/// user's entries of those kinds). Immutable and thread-safe.</summary>
internal sealed class PersonPassives
{
    public const string VerbKind = "person-passive";
    public const string BeKind = "passive-be";

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> verbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> be;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> plural;

    public PersonPassives(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        verbs = Forms(lexicons, VerbKind, e => true);
        be = Forms(lexicons, BeKind, e => true);
        plural = Forms(lexicons, BeKind, e => string.Equals(e.Attribute("plural"), "yes", StringComparison.Ordinal));
    }

    /// <summary>True when the lower-case token is a passive verb only a person undergoes.</summary>
    public bool IsVerb(ReadOnlySpan<char> lower) => verbs.Contains(lower);

    /// <summary>True when the lower-case token is a form of "be" that makes a participle passive.</summary>
    public bool IsBe(ReadOnlySpan<char> lower) => be.Contains(lower);

    /// <summary>True when the lower-case token is a plural form of "be" ("were"), which after a lone name names a group.</summary>
    public bool IsPlural(ReadOnlySpan<char> lower) => plural.Contains(lower);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Forms(LexiconSet lexicons, string kind, Func<LexiconEntry, bool> keep) =>
        lexicons.OfKind(kind)
            .Where(keep)
            .SelectMany(e => e.Aliases.Prepend(e.Name))
            .Select(f => f.ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
