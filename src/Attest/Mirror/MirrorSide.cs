using System.Collections.Immutable;
using Attest.Lexicons;

namespace Attest.Mirror;

/// <summary>One side of a mirror pair: a country's written forms from the lexicons, by class.</summary>
/// <param name="Name">The country's lexicon name.</param>
/// <param name="Code">Its ISO code, when the lexicon gives one.</param>
/// <param name="Names">The name, then its aliases.</param>
/// <param name="Adjectives">From <c>adj=</c>.</param>
/// <param name="Demonyms">From <c>demonym=</c>.</param>
/// <param name="Capitals">From <c>capital=</c> and <c>seat=</c>, each followed by the aliases of its city entry.</param>
public sealed record MirrorSide(
    string Name,
    string? Code,
    ImmutableArray<string> Names,
    ImmutableArray<string> Adjectives,
    ImmutableArray<string> Demonyms,
    ImmutableArray<string> Capitals)
{
    /// <summary>The side for a country entry, its capitals looked up among <paramref name="cities"/>.</summary>
    public static MirrorSide Of(LexiconEntry country, ImmutableArray<LexiconEntry> cities)
    {
        ArgumentNullException.ThrowIfNull(country);
        var code = country.Attribute("iso");
        var capitals = ImmutableArray.CreateBuilder<string>();
        foreach (var capital in Split(country.Attribute("capital")).Concat(Split(country.Attribute("seat"))))
        {
            capitals.Add(capital);
            var city = cities.FirstOrDefault(c => string.Equals(c.Name, capital, StringComparison.Ordinal)
                && (code is null || string.Equals(c.Attribute("country"), code, StringComparison.OrdinalIgnoreCase)));
            if (city is not null)
            {
                // Only aliases that are spellings of the city itself; an ambiguous bare form belongs to another entry.
                capitals.AddRange(city.Aliases.Where(a => !string.Equals(city.Attribute("ambiguous_alias"), a, StringComparison.Ordinal)));
            }
        }

        return new MirrorSide(
            country.Name,
            code,
            [.. country.Aliases.Prepend(country.Name)],
            [.. Split(country.Attribute("adj"))],
            [.. Split(country.Attribute("demonym"))],
            capitals.ToImmutable());
    }

    internal IEnumerable<(NameSwap.FormClass Class, ImmutableArray<string> Forms)> Classes()
    {
        yield return (NameSwap.FormClass.Name, Names);
        yield return (NameSwap.FormClass.Adjective, Adjectives);
        yield return (NameSwap.FormClass.Demonym, Demonyms);
        yield return (NameSwap.FormClass.Capital, Capitals);
    }

    internal ImmutableArray<string> ClassList(NameSwap.FormClass cls) => cls switch
    {
        NameSwap.FormClass.Adjective => Adjectives.IsEmpty ? Names : Adjectives,
        NameSwap.FormClass.Demonym => Demonyms.IsEmpty ? (Adjectives.IsEmpty ? Names : Adjectives) : Demonyms,
        NameSwap.FormClass.Capital => Capitals,
        _ => Names,
    };

    private static string[] Split(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
