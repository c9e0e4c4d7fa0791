using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Attest.Linking;

/// <summary>Groups incident reports from many documents into incidents: each report joins the incident it is
/// compatible with at every member, or starts a new one. Deterministic: the same reports in the same order give
/// the same incidents.</summary>
/// <remarks>
/// <para><b>Blocking.</b> A report is compared only with incidents found through its blocks, so work grows with
/// the number of reports, not their square. Day-precise reports look in (country, day, target family) blocks of
/// the days they cover; incidents are filed there under every day their accounts could mean (widened by the date
/// tolerance) and under those days' months. Reports dated to a month look in (country, month, target family)
/// blocks; wider ones (a year, a decade) in the month blocks they cover (up to ten years) and in (country, year)
/// blocks of other wide reports. A report without a target looks in every target family's block. A report
/// without a usable date, or with an unknown year, can be linked only through its place: it looks in
/// (country, place) blocks. A report without a country is never linked. Each incident keeps a summary (shared
/// event families, the span every dated member allows, one member's town) that rejects most candidates before
/// their members are checked.</para>
/// <para><b>Order.</b> Day-precise reports are placed first, then month-, year- and decade-precise ones, then
/// those without a date, so that an incident is founded by its most precise accounts and a vague account joins
/// it rather than the reverse. Ties are broken by document id and report index, never by input order.</para>
/// <para><b>Choosing.</b> Among the incidents whose every member is compatible (<see cref="IncidentCompatibility"/>),
/// the one with the best agreement wins (same date value, same place, same target, same event type), then the one
/// with more accounts. When two incidents tie on both, the report is ambiguous and starts its own incident: a
/// vague account is not attached to one of several events it could describe.</para>
/// </remarks>
public sealed class IncidentLinker
{
    private const int MaxWideMonths = 120;
    private const int MaxWideYears = 100;

    private readonly Gazetteer gazetteer;
    private readonly LinkerOptions options;

    /// <summary>A linker that uses <paramref name="gazetteer"/> to tell countries and regions from towns.</summary>
    public IncidentLinker(Gazetteer? gazetteer = null, LinkerOptions? options = null)
    {
        this.gazetteer = gazetteer ?? Gazetteer.Empty;
        this.options = options ?? LinkerOptions.Default;
    }

    /// <summary>Links <paramref name="reports"/> into incidents.</summary>
    public LinkResult Link(IReadOnlyList<LinkReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var n = reports.Count;
        var places = new PlaceCache(gazetteer);
        var countryIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var keys = new LinkKey[n];
        var ranks = new long[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = LinkKey.Of(reports[i], places, countryIds);
            ranks[i] = Rank(keys[i]);
        }

        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            var c = ranks[x].CompareTo(ranks[y]);
            if (c != 0)
            {
                return c;
            }

            c = (keys[x].Date?.First ?? 0).CompareTo(keys[y].Date?.First ?? 0);
            if (c != 0)
            {
                return c;
            }

            c = keys[x].DocumentId.CompareTo(keys[y].DocumentId);
            return c != 0 ? c : reports[x].Index.CompareTo(reports[y].Index);
        });

        var state = new State(n);
        var candidates = new List<int>();
        foreach (var i in order)
        {
            ref readonly var key = ref keys[i];
            if (key.Countries.Length == 0)
            {
                state.Found(i, key);
                continue;
            }

            candidates.Clear();
            Probe(key, i, state, candidates);
            var best = -1;
            var bestScore = -1L;
            var tied = false;
            foreach (var cluster in candidates)
            {
                if (!CompatibleWithAll(key, cluster, keys, state))
                {
                    continue;
                }

                // Agreement first, then the better-told incident (more accounts): an account that fits two
                // incidents equally well in every other way is ambiguous.
                var score = ((long)Score(reports[i], key, cluster, reports, keys, state) << 32) | (uint)state.Size[cluster];
                if (score > bestScore)
                {
                    (best, bestScore, tied) = (cluster, score, false);
                }
                else if (score == bestScore)
                {
                    tied = true;
                }
            }

            var joined = best >= 0 && !tied ? state.Join(i, key, best) : state.Found(i, key);
            Register(key, joined, state);
        }

        return Renumber(state, n);
    }

    /// <summary>Placement order: day-precise dates first, then by width; no date or an unknown year last.</summary>
    private static long Rank(in LinkKey key) => key.Date switch
    {
        null => long.MaxValue,
        { YearUnknown: true } d => long.MaxValue - 400 + d.Days,
        { } d => d.Days,
    };

    private void Probe(in LinkKey key, int report, State state, List<int> candidates)
    {
        var stamp = report + 1;
        if (key.Person is { } person)
        {
            // Accounts of one person's detention may name different towns and countries, so they meet through
            // the person's name (every word of it, since one account may give the surname only).
            foreach (var word in person.Words)
            {
                if (state.PersonBlocks.TryGetValue(word, out var list))
                {
                    Collect(list, stamp, state, candidates);
                }
            }
        }

        if (key.Date is { YearUnknown: false } date)
        {
            var precise = date.Days <= options.PreciseDays;
            var firstMonth = IncidentDate.MonthOf(date.First);
            var lastMonth = IncidentDate.MonthOf(date.Last);
            foreach (var country in key.Countries)
            {
                if (precise)
                {
                    // Day blocks hold day-precise incidents under every day their accounts could mean (the date
                    // widened by the tolerance), so the days this report covers find every one it may overlap.
                    for (var day = date.First; day <= date.Last; day++)
                    {
                        CollectTargets(state.DayBlocks, country, day, key.TargetFamily, stamp, state, candidates);
                    }
                }
                else if (lastMonth - firstMonth < MaxWideMonths)
                {
                    // Month blocks hold every incident with a day- or month-precise account in that month: a
                    // vaguer report looks there rather than in each day's block.
                    for (var month = firstMonth; month <= lastMonth; month++)
                    {
                        CollectTargets(state.MonthBlocks, country, month, key.TargetFamily, stamp, state, candidates);
                    }
                }

                var firstYear = IncidentDate.YearOf(date.First);
                var lastYear = IncidentDate.YearOf(date.Last);
                if (lastMonth - firstMonth + 1 > options.BlockMonths && lastYear - firstYear < MaxWideYears)
                {
                    for (var year = firstYear; year <= lastYear; year++)
                    {
                        Collect(state.YearBlocks, YearKey(country, year), stamp, state, candidates);
                    }
                }
            }
        }
        else if (key.Place is not null)
        {
            // Only reports without a usable date look by place: a busy place has incidents across many years, and
            // a dated report finds its incident through the time blocks anyway.
            foreach (var country in key.Countries)
            {
                if (state.PlaceBlocks.TryGetValue((country, key.Place.Folded), out var list))
                {
                    Collect(list, stamp, state, candidates);
                }
            }
        }
    }

    /// <summary>Looks in the block of the report's target family and in the block of incidents without a
    /// target; a report without a target looks in every family's block.</summary>
    private static void CollectTargets(Dictionary<long, List<int>> blocks, int country, int unit, int targetFamily, int stamp, State state, List<int> candidates)
    {
        if (targetFamily == IncidentCompatibility.NoTarget)
        {
            for (var t = 0; t <= IncidentCompatibility.NoTarget; t++)
            {
                Collect(blocks, UnitKey(country, unit, t), stamp, state, candidates);
            }
        }
        else
        {
            Collect(blocks, UnitKey(country, unit, targetFamily), stamp, state, candidates);
            Collect(blocks, UnitKey(country, unit, IncidentCompatibility.NoTarget), stamp, state, candidates);
        }
    }

    private static void Collect(Dictionary<long, List<int>> blocks, long blockKey, int stamp, State state, List<int> candidates)
    {
        if (blocks.TryGetValue(blockKey, out var list))
        {
            Collect(list, stamp, state, candidates);
        }
    }

    private static void Collect(List<int> clusters, int stamp, State state, List<int> candidates)
    {
        foreach (var cluster in CollectionsMarshal.AsSpan(clusters))
        {
            if (state.Seen[cluster] != stamp)
            {
                state.Seen[cluster] = stamp;
                candidates.Add(cluster);
            }
        }
    }

    private void Register(in LinkKey key, int cluster, State state)
    {
        if (key.Date is { YearUnknown: false } date)
        {
            var firstMonth = IncidentDate.MonthOf(date.First);
            var lastMonth = IncidentDate.MonthOf(date.Last);
            foreach (var country in key.Countries)
            {
                if (date.Days <= options.PreciseDays)
                {
                    var from = date.First - options.DateToleranceDays;
                    var to = date.Last + options.DateToleranceDays;
                    for (var day = from; day <= to; day++)
                    {
                        Add(state.DayBlocks, UnitKey(country, day, key.TargetFamily), cluster);
                    }

                    for (var month = IncidentDate.MonthOf(from); month <= IncidentDate.MonthOf(to); month++)
                    {
                        Add(state.MonthBlocks, UnitKey(country, month, key.TargetFamily), cluster);
                    }
                }
                else if (lastMonth - firstMonth + 1 <= options.BlockMonths)
                {
                    for (var month = firstMonth; month <= lastMonth; month++)
                    {
                        Add(state.MonthBlocks, UnitKey(country, month, key.TargetFamily), cluster);
                    }
                }
                else
                {
                    var firstYear = IncidentDate.YearOf(date.First);
                    var lastYear = IncidentDate.YearOf(date.Last);
                    for (var year = firstYear; year <= lastYear && lastYear - firstYear < MaxWideYears; year++)
                    {
                        Add(state.YearBlocks, YearKey(country, year), cluster);
                    }
                }
            }
        }

        if (key.Place is not null)
        {
            foreach (var country in key.Countries)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(state.PlaceBlocks, (country, key.Place.Folded), out _);
                list ??= [];
                AddOnce(list, cluster);
            }
        }

        if (key.Person is not null)
        {
            foreach (var word in key.Person.Words)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(state.PersonBlocks, word, out _);
                list ??= [];
                AddOnce(list, cluster);
            }
        }
    }

    private static void Add(Dictionary<long, List<int>> blocks, long blockKey, int cluster)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(blocks, blockKey, out _);
        list ??= [];
        AddOnce(list, cluster);
    }

    /// <summary>A cluster is usually registered right after it is founded or joined, so checking the last entry
    /// keeps lists free of repeats without a set; an occasional repeat is harmless (candidates are stamped).</summary>
    private static void AddOnce(List<int> list, int cluster)
    {
        if (list.Count == 0 || list[^1] != cluster)
        {
            list.Add(cluster);
        }
    }

    /// <summary>A block key of a country, a time unit (a day number or a month number) and a target family.</summary>
    private static long UnitKey(int country, int unit, int targetFamily) =>
        ((long)country << 36) | ((long)(unit & 0xFFFFFF) << 4) | (long)targetFamily;

    private static long YearKey(int country, int year) => ((long)country << 32) | (uint)year;

    private bool CompatibleWithAll(in LinkKey key, int cluster, LinkKey[] keys, State state)
    {
        // Necessary conditions from the incident's summary, checked before its members: they reject most
        // candidates without touching the members' keys.
        var clusterTarget = state.TargetFamily[cluster];
        if (key.TargetFamily != IncidentCompatibility.NoTarget && clusterTarget != IncidentCompatibility.NoTarget && clusterTarget != key.TargetFamily)
        {
            return false;
        }

        if ((key.EventFamilies & state.EventFamilies[cluster]) == 0)
        {
            return false;
        }

        if (key.Date is { YearUnknown: false } date
            && (date.First - options.DateToleranceDays > state.LastDay[cluster] || state.FirstDay[cluster] - options.DateToleranceDays > date.Last))
        {
            return false;
        }

        // A named target person may outweigh a difference of place, so only a report without one is rejected on
        // the summary's place.
        if (key.Person is null && key.Place is { Scale: not PlaceScale.Broad } place && state.Place[cluster] is { } local && !IncidentCompatibility.PlacesCompatible(place, local))
        {
            return false;
        }

        for (var m = state.Head[cluster]; m >= 0; m = state.Next[m])
        {
            if (IncidentCompatibility.Check(key, keys[m], options) != LinkConflict.None)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How well a report agrees with an incident: the best agreement with any one member.</summary>
    private static int Score(LinkReport report, in LinkKey key, int cluster, IReadOnlyList<LinkReport> reports, LinkKey[] keys, State state)
    {
        var best = 0;
        for (var m = state.Head[cluster]; m >= 0; m = state.Next[m])
        {
            var other = reports[m].Report;
            var score = 0;
            if (report.Report.Date is not null && string.Equals(report.Report.Date, other.Date, StringComparison.Ordinal))
            {
                score += 4;
            }

            if (key.Place is not null && keys[m].Place is { } place && string.Equals(key.Place.Folded, place.Folded, StringComparison.Ordinal))
            {
                score += 4;
            }

            // A named detainee tells one incident from another better than a date or a place does.
            if (IncidentCompatibility.SamePerson(key.Person, keys[m].Person))
            {
                score += 8;
            }

            if (report.Report.Target is not null && report.Report.Target == other.Target)
            {
                score += 2;
            }

            if (report.Report.EventType == other.EventType)
            {
                score += 1;
            }

            best = Math.Max(best, score);
        }

        return best;
    }

    private static LinkResult Renumber(State state, int n)
    {
        var clusterOf = new int[n];
        var number = new int[state.Head.Count];
        Array.Fill(number, -1);
        var next = 0;
        for (var i = 0; i < n; i++)
        {
            var cluster = state.ClusterOf[i];
            if (number[cluster] < 0)
            {
                number[cluster] = next++;
            }

            clusterOf[i] = number[cluster];
        }

        return new LinkResult(ImmutableCollectionsMarshal.AsImmutableArray(clusterOf), next);
    }

    /// <summary>The clusters under construction: members as linked lists through <see cref="Next"/>, so a
    /// million reports need no list per cluster.</summary>
    private sealed class State(int reports)
    {
        public readonly int[] ClusterOf = new int[reports];
        public readonly int[] Next = new int[reports];
        public readonly List<int> Head = [];
        public readonly List<int> TargetFamily = [];
        public int[] Seen = new int[Math.Max(16, reports / 2)];
        public readonly Dictionary<long, List<int>> DayBlocks = new(BlockKeyComparer.Instance);
        public readonly Dictionary<long, List<int>> MonthBlocks = new(BlockKeyComparer.Instance);
        public readonly Dictionary<long, List<int>> YearBlocks = new(BlockKeyComparer.Instance);
        public readonly Dictionary<(int Country, string Place), List<int>> PlaceBlocks = [];
        public readonly Dictionary<string, List<int>> PersonBlocks = new(StringComparer.Ordinal);

        /// <summary>Per incident: the event families every member shares (a member's families ANDed), the latest
        /// first day and earliest last day of its members with a known year, and one member's local place.</summary>
        public readonly List<int> EventFamilies = [];
        public readonly List<int> Size = [];
        public readonly List<int> FirstDay = [];
        public readonly List<int> LastDay = [];
        public readonly List<PlaceInfo?> Place = [];

        public int Found(int report, in LinkKey key)
        {
            var cluster = Head.Count;
            Head.Add(report);
            TargetFamily.Add(key.TargetFamily);
            EventFamilies.Add(key.EventFamilies);
            Size.Add(1);
            FirstDay.Add(int.MinValue);
            LastDay.Add(int.MaxValue);
            Place.Add(null);
            Summarise(cluster, key);
            Next[report] = -1;
            ClusterOf[report] = cluster;
            if (cluster >= Seen.Length)
            {
                Array.Resize(ref Seen, Seen.Length * 2);
            }

            return cluster;
        }

        public int Join(int report, in LinkKey key, int cluster)
        {
            Next[report] = Head[cluster];
            Head[cluster] = report;
            ClusterOf[report] = cluster;
            if (TargetFamily[cluster] == IncidentCompatibility.NoTarget)
            {
                TargetFamily[cluster] = key.TargetFamily;
            }

            Size[cluster]++;
            Summarise(cluster, key);
            return cluster;
        }

        private void Summarise(int cluster, in LinkKey key)
        {
            EventFamilies[cluster] &= key.EventFamilies;
            if (key.Date is { YearUnknown: false } date)
            {
                FirstDay[cluster] = Math.Max(FirstDay[cluster], date.First);
                LastDay[cluster] = Math.Min(LastDay[cluster], date.Last);
            }

            if (Place[cluster] is null && key.Place is { Scale: not PlaceScale.Broad } place)
            {
                Place[cluster] = place;
            }
        }
    }
}
