namespace Attest.Mentions;

/// <summary>What a word can be in a time expression, from <c>lexicons/time.tsv</c>. A form may have several
/// roles ("this" is a modifier; "second" an ordinal).</summary>
[Flags]
internal enum TimeRoles : uint
{
    None = 0,
    Month = 1 << 0,
    Weekday = 1 << 1,
    RelativeDay = 1 << 2,
    DayPart = 1 << 3,
    Unit = 1 << 4,
    Modifier = 1 << 5,
    Number = 1 << 6,
    Ordinal = 1 << 7,
    Ago = 1 << 8,
    Anaphor = 1 << 9,
    BlockBefore = 1 << 10,
    BlockAfter = 1 << 11,
    Instrument = 1 << 12,
    Address = 1 << 13,
    Era = 1 << 14,
    HeaderLabel = 1 << 15,
}
