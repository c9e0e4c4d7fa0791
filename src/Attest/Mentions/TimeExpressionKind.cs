namespace Attest.Mentions;

/// <summary>What a time expression says, before it is resolved against the document date.</summary>
internal enum TimeExpressionKind : byte
{
    /// <summary>A calendar point or span written out ("18 September 2022", "the 1990s", "12–14 September").</summary>
    Calendar,

    /// <summary>A day named from the document date ("yesterday", "overnight").</summary>
    RelativeDay,

    /// <summary>A weekday ("on Friday", "last Friday", "Friday of next week").</summary>
    Weekday,

    /// <summary>A unit named from the document date ("last week", "this year", "earlier this month").</summary>
    RelativeUnit,

    /// <summary>A month name without a year, with or without a modifier ("in January", "last March").</summary>
    RelativeMonth,

    /// <summary>A count of units from the document date ("three days ago").</summary>
    Ago,

    /// <summary>A unit counted from the previous time in the text ("the next day", "that year").</summary>
    Anaphor,
}
