namespace Attest.Rhetoric;

/// <summary>Why a loaded term counts as a label for an incident (<see cref="IncidentLabels"/>), strongest first.</summary>
public enum LabelLink
{
    /// <summary>The term's sentence carries the incident report's evidence: the sentence that reports the incident
    /// labels it or its actors ("a mob stormed the consulate").</summary>
    Sentence,

    /// <summary>The term says whom it labels (<see cref="Model.LoadedTerm.About"/>), and that names the perpetrator
    /// the report claims, and no other report's ("radical nationalists" for "a crowd of nationalists").</summary>
    About,

    /// <summary>The nearest earlier sentence of the term's paragraph that reports an incident reports this one: the
    /// paragraph goes on about it ("… stormed the consulate. It was a pogrom.").</summary>
    Paragraph,

    /// <summary>The term lies in a passage no other incident claims, and the report is the one the document leads
    /// with (its headline or first reporting paragraph): the document as a whole is about it.</summary>
    Lead,
}
