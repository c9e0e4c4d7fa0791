using Attest.Linking;

namespace Attest.Tests.Linking;

public sealed class IncidentDateTests
{
    [Theory]
    [InlineData("2024-03-02", 1)]
    [InlineData("2024-02", 29)]
    [InlineData("2024", 366)]
    [InlineData("2024-03-07/2024-03-08", 2)]
    [InlineData("199X", 3652)]
    [InlineData("XXXX-10-14", 1)]
    public void Reads_the_days_a_value_denotes(string value, int days) =>
        Assert.Equal(days, IncidentDate.Parse(value)!.Value.Days);

    [Theory]
    [InlineData("")]
    [InlineData("PRESENT_REF")]
    [InlineData("2024-13")]
    [InlineData("2024-03-09/2024-03-08")]
    [InlineData("2024-W10")]
    public void Refuses_what_is_not_a_date(string value) => Assert.Null(IncidentDate.Parse(value));

    [Theory]
    [InlineData("2024-03", "2024-03-02", 0, true)]
    [InlineData("2024-03-02", "2024-03-03", 0, false)]
    [InlineData("2024-03-02", "2024-03-03", 1, true)]
    [InlineData("2024-03-02", "2024-03-04", 1, false)]
    [InlineData("2024-03-07/2024-03-08", "2024-03-08", 0, true)]
    [InlineData("199X", "1998", 0, true)]
    [InlineData("199X", "2000", 0, false)]
    [InlineData("XXXX-10-14", "2022-10-14", 0, true)]
    [InlineData("XXXX-10-14", "2022-10", 0, true)]
    [InlineData("XXXX-10-14", "2022-10-15", 0, false)]
    public void Overlaps_at_the_coarser_precision_with_optional_tolerance(string a, string b, int tolerance, bool overlaps)
    {
        var x = IncidentDate.Parse(a)!.Value;
        var y = IncidentDate.Parse(b)!.Value;
        Assert.Equal(overlaps, x.Overlaps(y, tolerance));
        Assert.Equal(overlaps, y.Overlaps(x, tolerance));
    }
}
