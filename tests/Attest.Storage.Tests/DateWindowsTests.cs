namespace Attest.Storage.Tests;

public sealed class DateWindowsTests
{
    private const int Reach = 62;
    private const int Wide = 92;

    [Theory]
    [InlineData(100L, 100L, 150L, 150L, true)] // 50 days apart
    [InlineData(100L, 100L, 162L, 162L, true)] // exactly the reach
    [InlineData(100L, 100L, 163L, 170L, false)] // one day beyond it
    [InlineData(100L, 100L, 30L, 38L, true)] // before, ending within the reach
    [InlineData(100L, 100L, 20L, 37L, false)] // before, ending one day too early
    [InlineData(100L, 110L, 0L, 200L, true)] // the stored report spans the window
    public void A_dated_report_is_near_when_its_range_comes_within_the_reach_of_a_window(
        long windowFirst, long windowLast, long first, long last, bool near)
    {
        var windows = new DateWindows(Reach, Wide);
        windows.Add(windowFirst, windowLast);
        Assert.Equal(near, windows.Matches(first, last));
    }

    [Fact]
    public void An_undated_or_wide_stored_report_is_near_every_window()
    {
        var windows = new DateWindows(Reach, Wide);
        windows.Add(1000, 1000);
        Assert.True(windows.Matches(null, null));
        Assert.True(windows.Matches(0, 93));
        Assert.False(windows.Matches(0, 92));
    }

    [Fact]
    public void An_undated_or_wide_new_report_draws_in_every_stored_report()
    {
        var undated = new DateWindows(Reach, Wide);
        undated.Add(null, null);
        var wide = new DateWindows(Reach, Wide);
        wide.Add(0, 500);
        Assert.True(undated.Matches(9000, 9000));
        Assert.True(wide.Matches(9000, 9000));
    }

    [Fact]
    public void A_missing_last_day_matches_only_what_the_other_side_alone_allows()
    {
        var windows = new DateWindows(Reach, Wide);
        windows.Add(100, null);
        Assert.False(windows.Matches(100, 100));
        Assert.True(windows.Matches(null, null));

        windows.Add(100, 100);
        Assert.False(windows.Matches(100, null));
    }

    [Fact]
    public void Gives_the_same_answer_as_testing_each_window_in_turn()
    {
        // The per-window test is the one the store used to run as a query per window, with SQL's NULL rules: any
        // comparison with a missing day is false.
        static bool Near(long? wFirst, long? wLast, long? first, long? last) =>
            first is null || last - first > Wide || wFirst is null || wLast - wFirst > Wide
            || (last >= wFirst - Reach && first <= wLast + Reach);

        var random = new Random(7);
        long? Day() => random.Next(12) == 0 ? null : random.Next(0, 400);
        for (var round = 0; round < 300; round++)
        {
            var windows = new DateWindows(Reach, Wide);
            var added = new List<(long? First, long? Last)>();
            for (var w = random.Next(1, 6); w > 0; w--)
            {
                var first = Day();
                long? last = first is { } f && random.Next(10) > 0 ? f + random.Next(0, 120) : Day();
                windows.Add(first, last);
                added.Add((first, last));
            }

            for (var r = 0; r < 40; r++)
            {
                var first = Day();
                long? last = first is { } f && random.Next(10) > 0 ? f + random.Next(0, 120) : Day();
                var expected = added.Any(w => Near(w.First, w.Last, first, last));
                Assert.Equal(expected, windows.Matches(first, last));
            }
        }
    }
}
