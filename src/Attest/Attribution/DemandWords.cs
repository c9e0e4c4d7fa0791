using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Attribution;

/// <summary>The grammar words the claim and demand stages read (kind <c>demand-word</c>), by role.</summary>
internal sealed class DemandWords
{
    /// <summary>Roles of a word; one word may have several.</summary>
    [Flags]
    public enum Role
    {
        None = 0,
        Determiner = 1 << 0,
        Negation = 1 << 1,
        Hypothetical = 1 << 2,
        Boundary = 1 << 3,
        Filler = 1 << 4,
        FirstPerson = 1 << 5,
        Pronoun = 1 << 6,
        Aux = 1 << 7,
        Connective = 1 << 8,
        PlaceNoun = 1 << 9,
    }

    /// <summary>The lexicon kind read.</summary>
    public const string Kind = "demand-word";

    private readonly WordLookup<Role> roles;
    private readonly PhraseTable phrases;

    public DemandWords(LexiconSet lexicons)
    {
        var map = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var entry in lexicons.OfKind(Kind))
        {
            var role = Parse(entry.Attribute("role"));
            foreach (var form in entry.Aliases.Prepend(entry.Name))
            {
                var lower = form.ToLowerInvariant();
                if (!lower.Contains(' ', StringComparison.Ordinal))
                {
                    map[lower] = map.GetValueOrDefault(lower) | role;
                }
            }
        }

        roles = new WordLookup<Role>(map);
        Roles = map;
        // PhraseAt answers only phrases of several words; the one-word forms are in the role lookup.
        phrases = PhraseTable.MultiWord(lexicons, Kind);
    }

    /// <summary>Every one-word form with its roles.</summary>
    public IReadOnlyDictionary<string, Role> Roles { get; }

    /// <summary>The first word of every phrase of several words.</summary>
    public ImmutableArray<string> PhraseFirstWords => phrases.FirstWords;

    /// <summary>The roles of token <paramref name="index"/> (one-word forms only).</summary>
    public Role Of(TextLayer layer, int index) =>
        roles.TryGetValue(layer.TokenLower(index), out var role) ? role : Role.None;

    /// <summary>True when token <paramref name="index"/> has <paramref name="role"/>.</summary>
    public bool Is(TextLayer layer, int index, Role role) => (Of(layer, index) & role) != 0;

    /// <summary>The length of a phrase of several words with <paramref name="role"/> at <paramref name="index"/>
    /// ("so that", "as soon as"), or 0.</summary>
    public int PhraseAt(TextLayer layer, int index, int limit, Role role)
    {
        var length = phrases.MatchAt(layer, index, limit, out var entry);
        return length > 1 && entry is not null && (Parse(entry.Attribute("role")) & role) != 0 ? length : 0;
    }

    private static Role Parse(string? value) => value switch
    {
        "determiner" => Role.Determiner,
        "negation" => Role.Negation,
        "hypothetical" => Role.Hypothetical,
        "boundary" => Role.Boundary,
        "filler" => Role.Filler,
        "first-person" => Role.FirstPerson,
        "pronoun" => Role.Pronoun,
        "aux" => Role.Aux,
        "connective" => Role.Connective,
        "place-noun" => Role.PlaceNoun,
        _ => Role.None,
    };
}
