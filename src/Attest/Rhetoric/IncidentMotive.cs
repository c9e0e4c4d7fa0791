using Attest.Text;

namespace Attest.Rhetoric;

/// <summary>The cause or motive an account gives for an incident (<see cref="Model.IncidentReport.Motive"/>), and
/// whose account of the cause it is.</summary>
/// <param name="Text">The motive as the report holds it, verbatim.</param>
/// <param name="Speaker">Who gives it: the speaker of a quotation holding it, else the source a reported incident
/// is attributed to, else the document's issuer; null when none is known.</param>
/// <param name="Span">Where the motive is written, when it is found in the sentences that report the incident
/// (else anywhere in the text); null when the text does not hold it.</param>
public sealed record IncidentMotive(string Text, string? Speaker, Span? Span);
