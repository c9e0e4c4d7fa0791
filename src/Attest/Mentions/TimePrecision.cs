namespace Attest.Mentions;

/// <summary>How much of a calendar point is known.</summary>
internal enum TimePrecision : byte
{
    None,
    Day,
    Month,
    Year,
    Decade,
    Century,
}
