namespace Attest.Linking;

/// <summary>Settings of the linker. The defaults are what the documentation describes.</summary>
/// <param name="DateToleranceDays">Two day-precise dates this many days apart may still be one incident:
/// sources disagree by a day over events at night, across time zones, or by mistake. The disagreement is then
/// reported as a date contradiction.</param>
/// <param name="PreciseDays">A date counts as day-precise when it covers at most this many days (a day, or a
/// night spanning two).</param>
/// <param name="BlockMonths">Dates that cover at most this many calendar months are blocked by month; wider
/// ones (years, decades) are matched against year blocks.</param>
public sealed record LinkerOptions(int DateToleranceDays = 1, int PreciseDays = 3, int BlockMonths = 3)
{
    /// <summary>The documented defaults.</summary>
    public static LinkerOptions Default { get; } = new();
}
