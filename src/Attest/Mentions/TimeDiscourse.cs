namespace Attest.Mentions;

/// <summary>What the text has said so far that an anaphoric expression can point back to: the last day
/// resolved ("the next day") and the last year written out ("that year").</summary>
internal struct TimeDiscourse
{
    public DateOnly? LastDay;

    public int LastYear;
}
