namespace Attest.Mentions;

/// <summary>One time expression found in a sentence: its tokens <c>[First, End)</c> and what it says, not yet
/// resolved against the document date.</summary>
/// <param name="To">The end of a span; <see cref="TimePoint.IsNone"/> for a single point.</param>
/// <param name="Direction">For relative units, months and weekdays: -1 before, 0 the current, 1 after; for
/// <see cref="TimeExpressionKind.Ago"/> the direction of the count.</param>
/// <param name="Count">How many units (<see cref="TimeExpressionKind.Ago"/>) or the day offset
/// (<see cref="TimeExpressionKind.RelativeDay"/>, <see cref="TimeExpressionKind.Anaphor"/>).</param>
/// <param name="CountTo">The day offset of the end of a relative span ("overnight"), when there is one.</param>
/// <param name="Forward">The sentence points forward ("will"), so a bare weekday or month is the next one.</param>
internal readonly record struct TimeExpression(
    int First,
    int End,
    TimeExpressionKind Kind,
    TimePoint From,
    TimePoint To,
    TimeUnit Unit,
    int Weekday,
    int Month,
    TimeReference Reference,
    int Direction,
    int Count,
    int? CountTo,
    bool Forward,
    string RuleId)
{
    public static TimeExpression Calendar(int first, int end, TimePoint from, TimePoint to, string ruleId) =>
        new(first, end, TimeExpressionKind.Calendar, from, to, TimeUnit.None, 0, 0, TimeReference.Bare, 0, 0, null, false, ruleId);

    public bool IsSpan => !To.IsNone;

    /// <summary>True when this day closes a span opened by the expression before it ("Friday to Monday",
    /// "today - next Friday").</summary>
    public bool JoinsPrevious { get; init; }
}
