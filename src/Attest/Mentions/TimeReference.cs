namespace Attest.Mentions;

/// <summary>Which occurrence of a weekday or month a modifier picks.</summary>
internal enum TimeReference : byte
{
    /// <summary>No modifier: the most recent one (or the next one when the sentence points forward).</summary>
    Bare,

    /// <summary>"last Friday": the most recent one before the document date.</summary>
    Last,

    /// <summary>"this Friday": the one of the document date's week, on or after it.</summary>
    This,

    /// <summary>"next Friday": the one of the following week.</summary>
    Next,

    /// <summary>"Friday of next week": the one in the week <see cref="TimeExpression.Direction"/> weeks away.</summary>
    WeekOf,
}
