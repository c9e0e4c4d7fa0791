namespace Attest.Incidents;

/// <summary>What a word is to the incident rules apart from the event forms it starts: the role of a grammar word
/// (<c>event-grammar</c>), a speech verb, a comma or a mark that ends a clause. <see cref="EventVocabulary"/> tells
/// them with the forms, so one lookup per token answers all; the reader keeps them per token beside its own traits,
/// at the same bits.</summary>
[Flags]
internal enum WordTraits : ushort
{
    None = 0,

    /// <summary>A form of "be": makes a following participle passive.</summary>
    Be = 1,

    /// <summary>Stands between a subject and its verb.</summary>
    Skip = 2,

    /// <summary>Starts a new clause.</summary>
    Boundary = 4,

    /// <summary>A comma.</summary>
    Comma = 8,

    /// <summary>Punctuation that ends a clause or sentence (<c>; : . ! ? …</c>).</summary>
    HardStop = 16,

    /// <summary>A speech verb written with no apostrophe or hyphen.</summary>
    SpeechVerb = 32,
}
