namespace Attest.Mentions;

/// <summary>A calendar unit named in a relative expression ("last week", "three days ago").</summary>
internal enum TimeUnit : byte
{
    None,
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Century,
}
