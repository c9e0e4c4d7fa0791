namespace Attest.Text;

/// <summary>Where an abbreviation stands, which decides whether its period can end a sentence
/// (lexicon attribute <c>position</c>).</summary>
public enum AbbreviationPosition : byte
{
    /// <summary>No attribute: the period ends a sentence only when the next word is a sentence starter
    /// (<c>U.S.</c>, <c>Inc.</c>, <c>a.m.</c>, <c>Sept.</c>).</summary>
    Ordinary,

    /// <summary><c>position=title</c>: precedes a name, so the period never ends a sentence (<c>Mr.</c>, <c>Gen.</c>).</summary>
    Title,

    /// <summary><c>position=final</c>: usually closes a list or clause, so the period ends a sentence before
    /// any capitalised word (<c>etc.</c>).</summary>
    Final,
}
