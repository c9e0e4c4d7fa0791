using System.Collections.Frozen;
using Attest.Eval;
using Attest.Lexicons;
using Attest.Model;

namespace Attest.Linking;

/// <summary>What the linker knows about names from the lexicons: how much ground a place covers, where it is,
/// and which state a place, organisation or outlet belongs to. Names are compared folded (case and diacritics
/// ignored), by canonical name or alias.</summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, Entry> entries;

    private Gazetteer(FrozenDictionary<string, Entry> entries, TargetPersons persons)
    {
        this.entries = entries;
        Persons = persons;
    }

    /// <summary>A gazetteer that knows nothing: every place is <see cref="PlaceScale.Unknown"/>.</summary>
    public static Gazetteer Empty { get; } = new(FrozenDictionary<string, Entry>.Empty, TargetPersons.None);

    /// <summary>Which kinds of incident are aimed at a person, from the same lexicons, so that whoever links
    /// reports with this gazetteer can name their target person.</summary>
    public TargetPersons Persons { get; }

    /// <summary>Reads the <c>country</c>, <c>region</c>, <c>city</c>, <c>organization</c> and <c>outlet</c>
    /// entries of <paramref name="lexicons"/>, and the event words aimed at a person (<see cref="Persons"/>). A
    /// country's own code comes from <c>iso=</c>, everyone else's from <c>country=</c> (the first code when several
    /// are listed). The first entry for a name wins.</summary>
    public static Gazetteer From(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var map = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var entry in lexicons.All)
        {
            PlaceScale? scale = entry.Kind switch
            {
                "country" or "region" => PlaceScale.Broad,
                "city" => PlaceScale.Local,
                "organization" or "outlet" => null,
                _ => PlaceScale.Unknown,
            };
            if (scale == PlaceScale.Unknown)
            {
                continue;
            }

            var country = entry.Kind == "country" ? entry.Attribute("iso") : entry.Attribute("country");
            if (country is not null && country.IndexOf(',', StringComparison.Ordinal) is var comma and >= 0)
            {
                country = country[..comma];
            }

            GeoPoint? point = TryCoordinate(entry.Attribute("lat"), out var lat) && TryCoordinate(entry.Attribute("lon"), out var lon)
                ? new GeoPoint(lat, lon)
                : null;
            var value = new Entry(scale ?? PlaceScale.Unknown, country?.Trim().ToUpperInvariant(), point, scale is not null);
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                map.TryAdd(TextFold.Fold(name), value);
            }
        }

        return new Gazetteer(map.ToFrozenDictionary(StringComparer.Ordinal), TargetPersons.From(lexicons));
    }

    /// <summary>How much ground <paramref name="place"/> covers; <see cref="PlaceScale.Unknown"/> for a name the
    /// gazetteer does not list as a place.</summary>
    public PlaceScale Scale(string? place) =>
        place is not null && entries.TryGetValue(TextFold.Fold(place), out var entry) && entry.IsPlace ? entry.Scale : PlaceScale.Unknown;

    /// <summary>The coordinates the lexicon gives for <paramref name="place"/>, if any.</summary>
    public GeoPoint? Coordinates(string? place) =>
        place is not null && entries.TryGetValue(TextFold.Fold(place), out var entry) && entry.IsPlace ? entry.Point : null;

    /// <summary>The ISO code of the state a place, organisation or outlet named <paramref name="name"/> belongs
    /// to, if the lexicon says.</summary>
    public string? CountryOf(string? name) =>
        name is not null && entries.TryGetValue(TextFold.Fold(name), out var entry) ? entry.Country : null;

    private static bool TryCoordinate(string? text, out double value) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value);

    private readonly record struct Entry(PlaceScale Scale, string? Country, GeoPoint? Point, bool IsPlace);
}
