namespace Attest.Model;

/// <summary>The speech act of a claim.</summary>
public enum ClaimAct
{
    Condemns,
    Accuses,
    Denies,
    Welcomes,
    ExpressesConcern,
    Promises,
    Warns,
}
