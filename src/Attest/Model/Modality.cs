namespace Attest.Model;

/// <summary>How a text presents an event. Only asserted and reported events become incident reports.</summary>
public enum Modality
{
    Asserted,
    Reported,
    Hypothetical,
    Negated,
    Historical,
    Habitual,
}
