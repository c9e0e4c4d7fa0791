namespace Attest.Mentions;

/// <summary>What one token of a sentence can contribute to a time expression, worked out when a rule first reads
/// the token. It holds only what many tokens have; the rest is a <see cref="TimeTokenDetail"/> it points at.</summary>
internal struct TimeToken
{
    /// <summary>The token's own entry in <c>lexicons/time.tsv</c> (default when none).</summary>
    public TimeWord Word;

    /// <summary>The value of a token of one to four ASCII digits; -1 otherwise.</summary>
    public int Number;

    /// <summary>How many digits <see cref="Number"/> was written with ("09" has 2).</summary>
    public int Digits;

    /// <summary>A day or century ordinal: "18th", "1st", "eighteenth"; 0 otherwise.</summary>
    public int Ordinal;

    /// <summary>The first year of a decade written in one token: "1990s" and "90s" (as 1990 and 90); 0 otherwise.</summary>
    public int Decade;

    /// <summary>The index of the token's <see cref="TimeTokenDetail"/> among the sentence's details; 0 when it has none.</summary>
    public int Detail;

    /// <summary>The grammar's mark of the sentence this slot was classified for; a slot with another mark is stale.</summary>
    public int Stamp;

    /// <summary>True when an expression can start at this token (a number, a time word, a phrase, a date).</summary>
    public bool Start;
}
