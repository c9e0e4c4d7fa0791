namespace Attest.Mentions;

/// <summary>What a single word is to the name rules (several may hold: "Union" heads an organisation's name and
/// is never a person's).</summary>
[Flags]
internal enum NameCue : uint
{
    None = 0,

    /// <summary>A verb of speech or writing after a speaker ("said", "tweeted").</summary>
    SpeechVerb = 1 << 0,

    /// <summary>The speech verb also stands before its speaker ("…,” said Jane Doe).</summary>
    Inverts = 1 << 1,

    /// <summary>A word between a speaker and the verb ("has", "also").</summary>
    SpeechAux = 1 << 2,

    /// <summary>A verb after a reporting outlet ("reports").</summary>
    OutletVerb = 1 << 3,

    /// <summary>An outlet verb a person can also be the subject of ("reported").</summary>
    Weak = 1 << 4,

    /// <summary>A noun that heads an organisation's name when capitalised ("Foundation", "NGO").</summary>
    OrgHead = 1 << 5,

    /// <summary>The head of a news outlet's name ("Herald").</summary>
    OutletHead = 1 << 6,

    /// <summary>A common noun right before an organisation's name ("the association …").</summary>
    OrgNoun = 1 << 7,

    /// <summary>A common noun right before an outlet's name ("the channel …").</summary>
    OutletNoun = 1 << 8,

    /// <summary>A qualifier showing armed men are not a state's forces ("radical").</summary>
    Qualifier = 1 << 9,

    /// <summary>A noun for what a person is, read in appositions ("teacher").</summary>
    RoleNoun = 1 << 10,

    /// <summary>A lower-case word inside a person's name ("von", "bin").</summary>
    Particle = 1 << 11,

    /// <summary>A particle joined to the next part by a hyphen or apostrophe ("al-", "d'").</summary>
    PrefixParticle = 1 << 12,

    /// <summary>A capitalised word that is never a person's name.</summary>
    NotPerson = 1 << 13,

    /// <summary>A grammar or calendar word that starts sentences and never starts a name of any kind.</summary>
    Function = 1 << 14,

    /// <summary>A word of a cue kind read as a phrase (government bodies, offices, credit lines …); the phrase
    /// itself is found by <see cref="NamePhrases"/>.</summary>
    Phrase = 1 << 15,

    /// <summary>The first word of some cue phrase: <see cref="NamePhrases"/> tries to match only here.</summary>
    PhraseStart = 1 << 16,

    /// <summary>A word a collective statement's group can open on ("as", "we", the first word of a lead phrase):
    /// read by <see cref="Attribution.IssuerStage"/>, which walks the tokens after the name stages.</summary>
    GroupOpener = 1 << 17,

    /// <summary>The word "the", for the same walk (a group may open on the word after it).</summary>
    The = 1 << 18,
}
