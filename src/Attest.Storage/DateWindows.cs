namespace Attest.Storage;

/// <summary>The date windows of a set of new incident reports, asked whether a stored report lies near any of them:
/// near when either side is undated or wider than <c>wide</c> days, or when the two date ranges come within
/// <c>reach</c> days of each other. A missing date compares as SQL's NULL does: it matches nothing.</summary>
/// <remarks>The neighbourhood of an update used to ask the store once per window, so a batch of new reports in one
/// busy country read that country's reports once per distinct date: quadratic in a large corpus. Reading the
/// country's reports once and asking this set is linear, with a binary search per report.</remarks>
internal sealed class DateWindows(int reach, int wide)
{
    private readonly List<(long Start, long End)> ranges = [];
    private long[] starts = [];
    private long[] reachedEnds = [];
    private bool sorted = true;

    /// <summary>True when some window matches every report: it is undated or wider than <c>wide</c> days.</summary>
    public bool MatchesAll { get; private set; }

    /// <summary>Adds the window of a new report dated <paramref name="first"/> to <paramref name="last"/>.</summary>
    public void Add(long? first, long? last)
    {
        if (first is null || last - first > wide)
        {
            MatchesAll = true;
        }
        else if (last is { } end)
        {
            ranges.Add((first.Value - reach, end + reach));
            sorted = false;
        }
    }

    /// <summary>True when a stored report dated <paramref name="first"/> to <paramref name="last"/> is near one of
    /// the windows.</summary>
    public bool Matches(long? first, long? last)
    {
        if (MatchesAll || first is null || last - first > wide)
        {
            return true;
        }

        if (last is not { } end || ranges.Count == 0)
        {
            return false;
        }

        Sort();

        // The windows that start by the report's end are a prefix of the sorted starts; one of them reaches the
        // report's start when the furthest end among them does.
        var count = Array.BinarySearch(starts, end);
        count = count >= 0 ? LastIndexOf(end, count) + 1 : ~count;
        return count > 0 && reachedEnds[count - 1] >= first.Value;
    }

    private int LastIndexOf(long start, int found)
    {
        while (found + 1 < starts.Length && starts[found + 1] == start)
        {
            found++;
        }

        return found;
    }

    private void Sort()
    {
        if (sorted)
        {
            return;
        }

        ranges.Sort();
        starts = new long[ranges.Count];
        reachedEnds = new long[ranges.Count];
        var furthest = long.MinValue;
        for (var i = 0; i < ranges.Count; i++)
        {
            starts[i] = ranges[i].Start;
            furthest = Math.Max(furthest, ranges[i].End);
            reachedEnds[i] = furthest;
        }

        sorted = true;
    }
}
