namespace Attest.Cli.Rendering;

/// <summary>The kinds of extracted item `attest show` highlights, in legend order.</summary>
internal enum ItemCategory
{
    Issuer,
    Person,
    Organization,
    Place,
    Time,
    Figure,
    Legal,
    Quote,
    Claim,
    Demand,
    Incident,
    Loaded,
}
