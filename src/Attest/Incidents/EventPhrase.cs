using Attest.Model;

namespace Attest.Incidents;

/// <summary>One written form of an <c>event-*</c> entry, as lower-case tokens, with what the rules read from
/// its attributes. Immutable.</summary>
internal sealed class EventPhrase
{
    public required EventWordKind Kind { get; init; }

    /// <summary>The form's tokens, lower case, as the text layer splits them.</summary>
    public required string[] Tokens { get; init; }

    /// <summary>The entry's name: a trigger's lemma, reported in rule ids.</summary>
    public required string Lemma { get; init; }

    /// <summary>The rule id of the reports a trigger opens, <c>incident.&lt;lemma&gt;</c> with spaces as hyphens;
    /// built at first use rather than once per report.</summary>
    public string RuleId => field ??= "incident." + Lemma.Replace(' ', '-');

    /// <summary>A trigger's event type; null when it is decided by the words around it.</summary>
    public EventType? Type { get; init; }

    public string Family { get; init; } = string.Empty;

    public bool Weak { get; init; }

    public bool NeedsPerson { get; init; }

    public bool Parties { get; init; }

    public bool KeepUndated { get; init; }

    public WeaponKind Weapon { get; init; }

    public TargetCategory? Category { get; init; }

    /// <summary>Target words for people a detention can be aimed at; actor words for crowds.</summary>
    public bool Flag { get; init; }

    public EventCue Cue { get; init; }

    public CueScope Scope { get; init; }

    /// <summary>A multiplier's count or an ordinal's value.</summary>
    public int Value { get; init; }

    /// <summary>Grammar words: a form of "be" (makes a following participle passive).</summary>
    public bool Be { get; init; }

    /// <summary>Grammar words: stands between a subject and its verb.</summary>
    public bool Skip { get; init; }

    /// <summary>Grammar words: a noun for a state's land ("territory", "soil").</summary>
    public bool Territory { get; init; }

    /// <summary>Grammar words: starts a new clause.</summary>
    public bool Boundary { get; init; }

    /// <summary>Motive words: how the form frames the motive.</summary>
    public MotiveFrame Frame { get; init; }

    public int Length => Tokens.Length;
}
