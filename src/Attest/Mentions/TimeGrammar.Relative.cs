using Attest.Text;

namespace Attest.Mentions;

/// <summary>The relative rules of <see cref="TimeGrammar"/>: days named from the document date, weekdays, modified
/// units, counts and anaphora.</summary>
internal sealed partial class TimeGrammar
{
    // ---- relative forms ------------------------------------------------------------------------------------

    private int TryRelative(int i, List<TimeExpression> into)
    {
        ref var t = ref T(i);
        ref readonly var phrase = ref D(i).Phrase;
        if (phrase.Is(TimeRoles.RelativeDay) || t.Word.Is(TimeRoles.RelativeDay))
        {
            return TryRelativeDay(i, phrase.Is(TimeRoles.RelativeDay) ? phrase : t.Word, into);
        }

        if (phrase.Is(TimeRoles.Anaphor))
        {
            into.Add(new TimeExpression(i, i + phrase.Tokens, TimeExpressionKind.Anaphor, default, default, phrase.Unit, 0, 0,
                TimeReference.Bare, 0, phrase.Offset, null, false, "time.anaphor"));
            return i + phrase.Tokens;
        }

        if (phrase.Is(TimeRoles.Modifier) || t.Word.Is(TimeRoles.Modifier))
        {
            var modifier = phrase.Is(TimeRoles.Modifier) ? phrase : t.Word;
            var end = TryModifier(i, modifier, into);
            if (end > 0)
            {
                return end;
            }
        }

        if (t.Number > 0 || t.Word.Is(TimeRoles.Number))
        {
            return TryAgo(i, into);
        }

        return 0;
    }

    /// <summary>yesterday, today, tomorrow, tonight, overnight, the day before yesterday; with a part of the day
    /// after it ("yesterday morning").</summary>
    private int TryRelativeDay(int i, TimeWord word, List<TimeExpression> into)
    {
        // "Estravia Today", "USA Today": a capitalised relative word after a capitalised word is part of a name.
        if (Capitalised(i) && i > s && (Capitalised(i - 1) || layer.Tokens[i - 1].Shape == TokenShape.Mixed))
        {
            return 0;
        }

        var end = i + word.Tokens;
        if (end < e && T(end).Word.Is(TimeRoles.DayPart))
        {
            end++;
        }

        into.Add(new TimeExpression(i, end, TimeExpressionKind.RelativeDay, default, default, TimeUnit.Day, 0, 0, TimeReference.Bare, 0,
            word.Offset, word.OffsetTo, false, "time.relative-day"));
        return end;
    }

    /// <summary>last week, this month, next year, earlier this month, last weekend; last Friday, next Thursday;
    /// last March; last night, this morning.</summary>
    private int TryModifier(int i, TimeWord modifier, List<TimeExpression> into)
    {
        var j = i + modifier.Tokens;
        if (j >= e)
        {
            return 0;
        }

        // "the past week", "over the last year": a stretch of time up to now, not a calendar unit.
        if (i > s && IsIn(i - 1, NumberFacts.The))
        {
            return 0;
        }

        ref var next = ref T(j);
        var direction = modifier.Direction;
        if (next.Word.Unit is TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Month or TimeUnit.Year && !next.Word.Is(TimeRoles.Month))
        {
            into.Add(new TimeExpression(i, j + 1, TimeExpressionKind.RelativeUnit, default, default, next.Word.Unit, 0, 0,
                TimeReference.Bare, direction, 0, null, false, "time.relative-unit"));
            return j + 1;
        }

        if (next.Word.Is(TimeRoles.Weekday) && !next.Word.ShortForm)
        {
            var reference = direction switch { < 0 => TimeReference.Last, 0 => TimeReference.This, _ => TimeReference.Next };
            return TryWeekday(j, reference, i, into);
        }

        if (next.Word.Month > 0 && !next.Word.ShortForm && MonthCaseOk(j))
        {
            into.Add(new TimeExpression(i, j + 1, TimeExpressionKind.RelativeMonth, default, default, TimeUnit.Month, 0, next.Word.Month,
                direction < 0 ? TimeReference.Last : direction == 0 ? TimeReference.This : TimeReference.Next, direction, 0, null, false, "time.relative-month"));
            return j + 1;
        }

        if (next.Word.Is(TimeRoles.DayPart) && modifier.Tokens == 1)
        {
            // "last night" is the night before the document date; "this morning" its morning.
            if (direction < 0 && layer.TokenLower(j).SequenceEqual("night"))
            {
                into.Add(new TimeExpression(i, j + 1, TimeExpressionKind.RelativeDay, default, default, TimeUnit.Day, 0, 0, TimeReference.Bare, 0,
                    -1, null, false, "time.relative-day"));
                return j + 1;
            }

            if (direction == 0)
            {
                into.Add(new TimeExpression(i, j + 1, TimeExpressionKind.RelativeDay, default, default, TimeUnit.Day, 0, 0, TimeReference.Bare, 0,
                    0, null, false, "time.relative-day"));
                return j + 1;
            }
        }

        return 0;
    }

    /// <summary>A weekday at <paramref name="w"/> (the expression starts at <paramref name="start"/>): "on
    /// Friday", "Saturday evening", "Friday next week", "Tuesday of last week".</summary>
    private int TryWeekday(int w, TimeReference reference, int start, List<TimeExpression> into)
    {
        var weekday = T(w).Word.Weekday;
        var end = w + 1;
        if (end < e && T(end).Word.Is(TimeRoles.DayPart))
        {
            end++;
        }

        var direction = 0;
        if (reference == TimeReference.Bare)
        {
            var j = end;
            if (j < e && Is(j, ','))
            {
                j++;
            }

            if (j < e && IsIn(j, NumberFacts.Of))
            {
                j++;
            }

            if (j + 1 < e && T(j).Word.Is(TimeRoles.Modifier) && T(j + 1).Word.Unit == TimeUnit.Week)
            {
                reference = TimeReference.WeekOf;
                direction = T(j).Word.Direction;
                end = j + 2;
            }
        }

        into.Add(new TimeExpression(start, end, TimeExpressionKind.Weekday, default, default, TimeUnit.Day, weekday, 0, reference, direction, 0,
            null, reference == TimeReference.Bare && Forward(start), "time.weekday"));
        return end;
    }

    /// <summary>three days ago, a week ago, 2 years ago, five days from now.</summary>
    private int TryAgo(int i, List<TimeExpression> into)
    {
        ref var t = ref T(i);
        var count = t.Number > 0 && t.Digits <= 3 ? t.Number : t.Word.Is(TimeRoles.Number) ? t.Word.Value : 0;
        if (count == 0 || i + 2 >= e)
        {
            return 0;
        }

        var unit = T(i + 1).Word.Unit;
        if (unit is not (TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year))
        {
            return 0;
        }

        ref var after = ref T(i + 2);
        ref readonly var agoPhrase = ref D(i + 2).Phrase;
        var ago = agoPhrase.Is(TimeRoles.Ago) ? agoPhrase : after.Word.Is(TimeRoles.Ago) ? after.Word : default;
        if (ago.Roles == TimeRoles.None)
        {
            return 0;
        }

        var end = i + 2 + Math.Max(1, ago.Tokens);
        into.Add(new TimeExpression(i, end, TimeExpressionKind.Ago, default, default, unit, 0, 0, TimeReference.Bare, ago.Direction, count,
            null, false, "time.ago"));
        return end;
    }
}
