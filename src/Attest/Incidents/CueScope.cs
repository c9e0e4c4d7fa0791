namespace Attest.Incidents;

/// <summary>Where a modality cue must stand to govern a trigger.</summary>
internal enum CueScope : byte
{
    /// <summary>In the few words before the trigger, inside its clause.</summary>
    Near,

    /// <summary>Anywhere in the trigger's clause.</summary>
    Clause,

    /// <summary>Anywhere before the trigger in its sentence.</summary>
    Sentence,
}
