namespace Attest.Mentions;

/// <summary>Which number comes first in a document's all-digit dates (3/4/2024) when both could be a month.</summary>
internal enum TimeNumericOrder : byte
{
    /// <summary>Nothing in the document settles it; an ambiguous all-digit date is left out.</summary>
    Unknown,

    /// <summary>Day first (British and most of the world: 19/09/2022).</summary>
    DayFirst,

    /// <summary>Month first (American: 09/19/2022).</summary>
    MonthFirst,
}
