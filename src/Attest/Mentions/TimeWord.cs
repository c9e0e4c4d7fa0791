namespace Attest.Mentions;

/// <summary>Everything <c>lexicons/time.tsv</c> says about one written form: its roles and the values that go
/// with them. <see cref="Tokens"/> is the number of tokens the form spans (more than one for phrases such as
/// "the day before yesterday").</summary>
internal readonly record struct TimeWord(
    TimeRoles Roles,
    int Tokens,
    byte Month,
    byte Weekday,
    short Value,
    sbyte Offset,
    sbyte? OffsetTo,
    sbyte Direction,
    TimeUnit Unit,
    bool ShortForm,
    bool Homonym)
{
    /// <summary>True when a multi-token phrase of the lexicon starts with this form, so the phrases are looked
    /// up only after such a token.</summary>
    public bool StartsPhrase { get; init; }

    /// <summary>True when the form has every role in <paramref name="roles"/>.</summary>
    public bool Is(TimeRoles roles) => roles != TimeRoles.None && (Roles & roles) == roles;

    /// <summary>The roles and values of both forms; the first form's values win where both set one.</summary>
    public TimeWord Merge(TimeWord other) => new(
        Roles | other.Roles,
        Math.Max(Tokens, other.Tokens),
        Month != 0 ? Month : other.Month,
        Weekday != 0 ? Weekday : other.Weekday,
        Value != 0 ? Value : other.Value,
        Offset != 0 || Is(TimeRoles.RelativeDay) || Is(TimeRoles.Anaphor) ? Offset : other.Offset,
        OffsetTo ?? other.OffsetTo,
        Direction != 0 || Is(TimeRoles.Modifier) || Is(TimeRoles.Ago) ? Direction : other.Direction,
        Unit != TimeUnit.None ? Unit : other.Unit,
        ShortForm || other.ShortForm,
        Homonym || other.Homonym)
    {
        StartsPhrase = StartsPhrase || other.StartsPhrase,
    };
}
