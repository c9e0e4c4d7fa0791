namespace Attest.Rhetoric;

/// <summary>Whether a loaded term is used as a label, or only negated, supposed, denied or held at a distance.
/// <see cref="Model.LoadedTerm"/> has no field for it, so it is the last part of the item's rule id
/// (<see cref="LoadedRules"/>).</summary>
public enum LoadedModality
{
    /// <summary>The speaker applies the label.</summary>
    Used,

    /// <summary>Under a negation in the same clause ("there was no provocation", "does not take hostages").</summary>
    Negated,

    /// <summary>Under a condition or a modal in the same clause ("if these acts of aggression continue",
    /// "may be exposed to terrorism").</summary>
    Hypothetical,

    /// <summary>The speaker rejects the label ("rejected the description as terrorism"): a denial, not a use.</summary>
    Denied,

    /// <summary>The speaker keeps the label at a distance ("the so-called provocation", or scare quotes with no one
    /// reported as using the word): a mention, not a use.</summary>
    Distanced,
}
