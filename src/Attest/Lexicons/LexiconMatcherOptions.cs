using System.Collections.Immutable;
using Attest.Text;

namespace Attest.Lexicons;

/// <summary>How a <see cref="LexiconMatcher"/> is built.</summary>
public sealed record LexiconMatcherOptions
{
    /// <summary>The defaults: the bundled text layer, and <c>title</c> as the one kind of common nouns.</summary>
    public static LexiconMatcherOptions Default { get; } = new();

    /// <summary>Tokenizes the forms; it must be the builder that tokenizes the texts, so both split alike
    /// ("U.S.", "Armenia's", "Côte d'Ivoire"). Null means <see cref="TextLayerBuilder.Default"/>.</summary>
    public TextLayerBuilder? Tokenizer { get; init; }

    /// <summary>Kinds whose entries are common nouns ("president", "ambassador") and so match in lower case
    /// anywhere; the entries of other kinds are proper names (see <see cref="LexiconMatcher"/> for the rule).</summary>
    public ImmutableHashSet<string> CommonNounKinds { get; init; } = ImmutableHashSet.Create(StringComparer.Ordinal, "title");
}
