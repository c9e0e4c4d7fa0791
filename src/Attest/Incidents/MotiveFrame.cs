namespace Attest.Incidents;

/// <summary>How an <c>event-motive</c> form frames the motive it marks (attribute <c>frame=</c>).</summary>
internal enum MotiveFrame : byte
{
    /// <summary>The motive follows the form to the end of its clause ("in retaliation for …", "motivated by …").</summary>
    After,

    /// <summary>The form is a noun for a motive; the motive is the noun with the words that qualify it ("personal
    /// motives", "on religious grounds"), or what a form of "be" says it is ("the motive was personal").</summary>
    Noun,

    /// <summary>A noun that is a motive only with a qualifier after a preposition ("on religious grounds"; "the
    /// palace grounds" is a place).</summary>
    Qualified,

    /// <summary>The words say the motive is not known ("unclear", "under investigation"): no motive.</summary>
    Unknown,
}
