using Attest.Model;

namespace Attest.Rhetoric;

/// <summary>One loaded term an account uses for an incident, with what its rule id says about it.</summary>
/// <param name="Term">The item as the rhetoric stage found it (term, kind, speaker, about, evidence).</param>
/// <param name="Voice">How its speaker was found, or null when its rule id is not a rhetoric rule id.</param>
/// <param name="Modality">Whether the speaker applies the label or negates, supposes, denies or distances it.</param>
/// <param name="Link">Why it counts as a label for this incident.</param>
public sealed record IncidentLabel(LoadedTerm Term, LoadedVoice? Voice, LoadedModality Modality, LabelLink Link)
{
    /// <summary>True when the speaker applies the label (<see cref="LoadedModality.Used"/>).</summary>
    public bool IsUse => Modality == LoadedModality.Used;

    /// <summary>True when the label is someone's other than the document's own voice: quoted, reported or named.</summary>
    public bool IsAttributed => Voice is LoadedVoice.Quote or LoadedVoice.Reported or LoadedVoice.Named;
}
