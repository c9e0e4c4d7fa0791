namespace Attest.Mentions;

/// <summary>The document date that relative and year-less expressions are resolved against: as much of
/// <c>YYYY-MM-DD</c> as is known (<see cref="Year"/> 0 when nothing is).</summary>
internal readonly record struct TimeAnchor(int Year, int Month, int Day)
{
    public bool HasYear => Year != 0;

    public bool HasMonth => Month != 0;

    public bool HasDate => Day != 0;

    /// <summary>The full date; only when <see cref="HasDate"/>.</summary>
    public DateOnly Date => new(Year, Month, Day);

    /// <summary>Reads <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>; anything else (null, <c>XXXX-10-14</c>, a
    /// span) gives no anchor.</summary>
    public static TimeAnchor Parse(string? value)
    {
        if (value is null)
        {
            return default;
        }

        var text = value.AsSpan().Trim();
        if (text.Length is not (4 or 7 or 10) || !Number(text[..4], out var year) || year < 1)
        {
            return default;
        }

        if (text.Length == 4)
        {
            return new TimeAnchor(year, 0, 0);
        }

        if (text[4] != '-' || !Number(text.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return default;
        }

        if (text.Length == 7)
        {
            return new TimeAnchor(year, month, 0);
        }

        return text[7] == '-' && Number(text.Slice(8, 2), out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new TimeAnchor(year, month, day)
            : default;
    }

    private static bool Number(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
