using System.Collections.Immutable;
using System.Globalization;
using Attest.Eval;
using Attest.Model;

namespace Attest.Linking;

/// <summary>Makes one <see cref="Incident"/> from the reports the linker put together: its accounts, the
/// best-supported value of each attribute, the contradictions between accounts, and how many independent
/// sources and sides tell of it.</summary>
/// <remarks>Support is counted in independent sources. Reports from near-copies of one text (one
/// <see cref="LinkDocument.SourceGroup"/>) are one text, credited to the publisher of its earliest copy; texts
/// from one publisher are one source, since a newspaper that repeats itself does not corroborate itself. A
/// document without publisher or issuer is a source of its own.</remarks>
public static class IncidentBuilder
{
    /// <summary>Builds the incident told by <paramref name="accounts"/> (at least one report).</summary>
    public static Incident Build(IEnumerable<LinkReport> accounts, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var ordered = accounts.OrderBy(a => a.Document.Id).ThenBy(a => a.Index).ToImmutableArray();
        if (ordered.IsEmpty)
        {
            throw new ArgumentException("an incident needs at least one account", nameof(accounts));
        }

        var places = new PlaceCache(gazetteer ?? Gazetteer.Empty);
        var sources = Sources(ordered);

        var consensus = ImmutableArray.CreateBuilder<ConsensusValue>();
        var contradictions = ImmutableArray.CreateBuilder<Contradiction>();
        foreach (var attribute in Enum.GetValues<IncidentAttribute>())
        {
            var groups = Group(attribute, ordered, sources, places);
            if (groups.Count == 0)
            {
                continue;
            }

            var held = groups.Select(g => g.ToHeld(sources)).ToList();
            var ranked = Enumerable.Range(0, groups.Count)
                .OrderByDescending(i => held[i].Support)
                .ThenBy(i => attribute == IncidentAttribute.Date ? IncidentDate.Parse(groups[i].Value)?.Days ?? int.MaxValue : 0)
                .ThenBy(i => groups[i].FirstDocument)
                .ToList();
            var stating = groups.SelectMany(g => g.Accounts).Select(a => sources[a.Document.Id].Key).Distinct(StringComparer.Ordinal).Count();
            var contested = ranked.Count > 1 && held[ranked[0]].Support == held[ranked[1]].Support;
            consensus.Add(new ConsensusValue(attribute, held[ranked[0]], stating, contested));
            if (Conflicting(attribute, groups, places))
            {
                contradictions.Add(new Contradiction(attribute, [.. ranked.Select(i => held[i])]));
            }
        }

        var eventType = ordered
            .GroupBy(a => a.Report.EventType)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => ordered.IndexOf(g.First()))
            .First().Key;
        var target = ordered
            .Where(a => a.Report.Target is not null)
            .GroupBy(a => a.Report.Target)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => ordered.IndexOf(g.First()))
            .FirstOrDefault()?.Key;
        var countries = ordered
            .SelectMany(a => a.Report.Countries.IsDefault ? [] : a.Report.Countries)
            .Select(c => c.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        var all = consensus.ToImmutable();
        var date = all.FirstOrDefault(c => c.Attribute == IncidentAttribute.Date)?.Value.Value;
        var place = all.FirstOrDefault(c => c.Attribute == IncidentAttribute.Place)?.Value;
        GeoPoint? coordinates = null;
        if (place is not null)
        {
            coordinates = ordered.FirstOrDefault(a => a.Coordinates is not null && place.Documents.Contains(a.Document.Id)
                && IncidentCompatibility.PlacesCompatible(places.Get(a.Report.Place), places.Get(place.Value)))?.Coordinates
                ?? places.Gazetteer.Coordinates(place.Value);
        }

        return new Incident(
            eventType,
            target,
            date,
            countries,
            place?.Value,
            coordinates,
            ordered,
            all,
            contradictions.ToImmutable(),
            Corroborate(ordered, sources));
    }

    /// <summary>The independent source of each document: its publisher key and side, with copies credited to
    /// the earliest copy present.</summary>
    private static Dictionary<long, Source> Sources(ImmutableArray<LinkReport> accounts)
    {
        var originals = new Dictionary<long, LinkDocument>();
        foreach (var account in accounts)
        {
            var document = account.Document;
            if (!originals.TryGetValue(document.SourceGroup, out var original) || document.Id < original.Id)
            {
                originals[document.SourceGroup] = document;
            }
        }

        var sources = new Dictionary<long, Source>();
        foreach (var account in accounts)
        {
            var original = originals[account.Document.SourceGroup];
            var name = original.Publisher ?? original.Issuer;
            var key = string.IsNullOrWhiteSpace(name)
                ? "#" + original.Id.ToString(CultureInfo.InvariantCulture)
                : TextFold.Fold(name);
            sources[account.Document.Id] = new Source(key, original.Side ?? account.Document.Side);
        }

        return sources;
    }

    private static Corroboration Corroborate(ImmutableArray<LinkReport> accounts, Dictionary<long, Source> sources)
    {
        var texts = accounts.Select(a => a.Document.SourceGroup).Distinct().Count();
        var independent = accounts.Select(a => sources[a.Document.Id]).DistinctBy(s => s.Key, StringComparer.Ordinal).ToList();
        var sides = independent
            .Where(s => s.Side is not null)
            .GroupBy(s => s.Side!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SideSupport(g.Key, g.Count()))
            .ToImmutableArray();
        return new Corroboration(accounts.Length, texts, independent.Count, sides);
    }

    private static List<ValueGroup> Group(IncidentAttribute attribute, ImmutableArray<LinkReport> accounts, Dictionary<long, Source> sources, PlaceCache places)
    {
        var groups = new List<ValueGroup>();
        foreach (var account in accounts)
        {
            var value = ValueOf(attribute, account.Report);
            if (value is null)
            {
                continue;
            }

            var group = groups.FirstOrDefault(g => Same(attribute, g.Value, value, places));
            if (group is null)
            {
                group = new ValueGroup(value, account.Document.Id);
                groups.Add(group);
            }

            group.Accounts.Add(account);
        }

        return groups;
    }

    private static string? ValueOf(IncidentAttribute attribute, IncidentReport report)
    {
        var value = attribute switch
        {
            IncidentAttribute.Date => report.Date,
            IncidentAttribute.Place => report.Place,
            IncidentAttribute.Killed => report.Killed?.ToString(CultureInfo.InvariantCulture),
            IncidentAttribute.Injured => report.Injured?.ToString(CultureInfo.InvariantCulture),
            IncidentAttribute.Perpetrator => report.Perpetrator,
            _ => report.Motive,
        };
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>Whether two wordings are one value: dates and figures when equal; places, perpetrators and
    /// motives when one's words contain the other's ("Kovarian artillery" and "the Kovarian artillery").</summary>
    private static bool Same(IncidentAttribute attribute, string a, string b, PlaceCache places)
    {
        switch (attribute)
        {
            case IncidentAttribute.Date:
            case IncidentAttribute.Killed:
            case IncidentAttribute.Injured:
                return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
            default:
                var x = places.Get(a);
                var y = places.Get(b);
                return x is not null && y is not null
                    && (string.Equals(x.Folded, y.Folded, StringComparison.Ordinal)
                        || TextFold.ContainsWords(x.Words, y.Words)
                        || TextFold.ContainsWords(y.Words, x.Words));
        }
    }

    /// <summary>Whether distinct values contradict: dates that cannot overlap (a month and a day in it do not);
    /// places neither of which contains the other (a region does not contradict a town in it); any two different
    /// figures, perpetrators or motives.</summary>
    private static bool Conflicting(IncidentAttribute attribute, List<ValueGroup> groups, PlaceCache places)
    {
        if (groups.Count < 2)
        {
            return false;
        }

        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                var a = groups[i].Value;
                var b = groups[j].Value;
                var conflict = attribute switch
                {
                    IncidentAttribute.Date => IncidentDate.Parse(a) is not { } da || IncidentDate.Parse(b) is not { } db || !da.Overlaps(db),
                    IncidentAttribute.Place => !IncidentCompatibility.PlacesCompatible(places.Get(a), places.Get(b)),
                    _ => true,
                };
                if (conflict)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private readonly record struct Source(string Key, string? Side);

    private sealed class ValueGroup(string value, long firstDocument)
    {
        public string Value { get; } = value;

        public long FirstDocument { get; } = firstDocument;

        public List<LinkReport> Accounts { get; } = [];

        public HeldValue ToHeld(Dictionary<long, Source> sources)
        {
            var documents = Accounts.Select(a => a.Document.Id).Distinct().Order().ToImmutableArray();
            var independent = Accounts.Select(a => sources[a.Document.Id]).DistinctBy(s => s.Key, StringComparer.Ordinal).ToList();
            var sides = independent.Where(s => s.Side is not null).Select(s => s.Side!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            return new HeldValue(Value, documents, independent.Count, sides);
        }
    }
}
