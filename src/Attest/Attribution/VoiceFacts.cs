namespace Attest.Attribution;

/// <summary>What the claim, demand and rhetoric rules want to know about one token's word, as bits: the roles of
/// the grammar words (the low bits, as <see cref="DemandWords.Role"/>), whether a phrase of some table may start
/// there, and the closed word classes of the rhetoric rules. <see cref="VoiceTokens"/> holds one per token.</summary>
/// <remarks>A "start" bit says the word is the first word of some phrase of the table: the table still decides
/// whether the phrase goes on; a token without the bit starts none, which is the answer for nearly every token.</remarks>
[Flags]
internal enum VoiceFacts : ulong
{
    None = 0,

    /// <summary>The <see cref="DemandWords.Role"/> bits of a one-word grammar word, at the same positions.</summary>
    Roles = (1UL << 10) - 1,

    /// <summary>The first word of a grammar phrase of several words ("so that", "as soon as").</summary>
    GrammarPhraseStart = 1UL << 10,

    /// <summary>The first word of a demand verb ("call", "urge").</summary>
    DemandVerbStart = 1UL << 11,

    /// <summary>The first word of a demand modal ("must", "should").</summary>
    DemandModalStart = 1UL << 12,

    /// <summary>The first word of a demanded act ("investigate").</summary>
    DemandActionStart = 1UL << 13,

    /// <summary>The first word of a neutral act ("ensure").</summary>
    DemandNeutralStart = 1UL << 14,

    /// <summary>The first word of a custody verb ("detained").</summary>
    CustodyStart = 1UL << 15,

    /// <summary>The first word of a speech act ("condemn").</summary>
    SpeechActStart = 1UL << 16,

    /// <summary>The first word of a loaded term.</summary>
    LoadedStart = 1UL << 17,

    /// <summary>A token with a hyphen that has a character on each side ("X-occupied"): its last part may be a
    /// loaded term. Read from the token, not from a word list.</summary>
    Hyphenated = 1UL << 18,

    /// <summary>The first word of a rhetoric cue: speech, naming, denial, distancing or source.</summary>
    RhetoricCueStart = 1UL << 19,

    /// <summary>A head noun of people (the <c>People</c> class of the loaded vocabulary's heads).</summary>
    HeadPeople = 1UL << 20,

    /// <summary>A head noun of acts (the <c>Act</c> class).</summary>
    HeadAct = 1UL << 21,

    /// <summary>Rhetoric's closed classes, one bit per set of <c>ClauseWords</c>.</summary>
    Function = 1UL << 22,

    /// <inheritdoc cref="Function"/>
    ClauseOpener = 1UL << 23,

    /// <inheritdoc cref="Function"/>
    Relative = 1UL << 24,

    /// <summary>A negation as <c>ClauseWords.IsNegation</c> reads it: a word of the set, or an "n't" form.</summary>
    Negation = 1UL << 25,

    /// <inheritdoc cref="Function"/>
    NotOnly = 1UL << 26,

    /// <inheritdoc cref="Function"/>
    Hypothetical = 1UL << 27,

    /// <inheritdoc cref="Function"/>
    AttributiveBefore = 1UL << 28,

    /// <inheritdoc cref="Function"/>
    Progressive = 1UL << 29,

    /// <inheritdoc cref="Function"/>
    FirstPersonPlural = 1UL << 30,

    /// <inheritdoc cref="Function"/>
    PersonPronoun = 1UL << 31,

    /// <inheritdoc cref="Function"/>
    BodyPronoun = 1UL << 32,

    /// <inheritdoc cref="Function"/>
    Auxiliary = 1UL << 33,

    /// <inheritdoc cref="Function"/>
    AboutPreposition = 1UL << 34,

    /// <inheritdoc cref="Function"/>
    CallParticle = 1UL << 35,

    /// <summary>A country's adjective ("Estravian").</summary>
    Nationality = 1UL << 36,

    /// <summary>The first word of a cue the quote stage reads around a quotation: a speech verb, a quotation
    /// intro, a label verb or "according to".</summary>
    QuoteCueStart = 1UL << 37,

    /// <summary>Where the claim, demand and rhetoric stages may find an item: a token that starts a speech act, a
    /// demand verb or modal, or a loaded term, or a hyphenated one (<see cref="VoiceTokens.Starts"/>).</summary>
    ItemStart = SpeechActStart | DemandVerbStart | DemandModalStart | LoadedStart | Hyphenated,
}
