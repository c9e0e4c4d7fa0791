namespace Attest.Mentions;

/// <summary>What one token of a sentence can contribute to a time expression, worked out once per sentence.</summary>
internal struct TimeToken
{
    /// <summary>The token's own entry in <c>lexicons/time.tsv</c> (default when none).</summary>
    public TimeWord Word;

    /// <summary>The longest multi-token phrase of the lexicon that starts here (default when none).</summary>
    public TimeWord Phrase;

    /// <summary>The value of a token of one to four ASCII digits; -1 otherwise.</summary>
    public int Number;

    /// <summary>How many digits <see cref="Number"/> was written with ("09" has 2).</summary>
    public int Digits;

    /// <summary>A day or century ordinal: "18th", "1st", "eighteenth"; 0 otherwise.</summary>
    public int Ordinal;

    /// <summary>The first year of a decade written in one token: "1990s" and "90s" (as 1990 and 90); 0 otherwise.</summary>
    public int Decade;

    /// <summary>A date written inside one token: "10.03.2024", "10-August-2012", "mid-September", "15Sep".</summary>
    public TimePoint Inner;

    /// <summary>The end of a span written inside one token ("April-June"); none otherwise.</summary>
    public TimePoint InnerTo;

    /// <summary>True when an expression can start at this token (a number, a time word, a phrase, a date).</summary>
    public bool Start;

    /// <summary>True when the token is the word "the", which starts "the 18th" and "the 1990s"; read at every
    /// token that cannot start an expression itself.</summary>
    public bool IsThe;
}
