namespace Attest.Mentions;

/// <summary>What a grammar word (lexicon kind <c>figure-word</c>) does in the figure rules. Several may be set.</summary>
[Flags]
internal enum FigureRoles : ushort
{
    None = 0,

    /// <summary>May stand between a counted phrase and its cue: "were", "had been", "reportedly".</summary>
    Aux = 1 << 0,

    /// <summary>A form of "be" or "get" that makes the following participle passive.</summary>
    Passive = 1 << 1,

    /// <summary>Denies what follows: "not", "never", "none".</summary>
    Negator = 1 << 2,

    /// <summary>Makes what follows hypothetical: "could", "may", the infinitive "to".</summary>
    Modal = 1 << 3,

    /// <summary>Ends the clause a rule looks in: relative pronouns, subordinators, speech verbs.</summary>
    Stop = 1 << 4,

    Preposition = 1 << 5,

    Determiner = 1 << 6,

    /// <summary>"a", "an": one, in the few places where a count of one is written with an article.</summary>
    Article = 1 << 7,

    Pronoun = 1 << 8,

    Conjunction = 1 << 9,

    /// <summary>After "a", a word that does not count one: "a number of", "a few".</summary>
    Collective = 1 << 10,

    /// <summary>A day name, which after a verb is a time, not its object.</summary>
    Weekday = 1 << 11,

    /// <summary>The infinitive marker "to".</summary>
    Infinitive = 1 << 12,

    /// <summary>"have": after the infinitive marker it reports a past act ("claimed to have killed 200").</summary>
    Perfect = 1 << 13,
}
