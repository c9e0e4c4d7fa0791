namespace Attest.Model;

/// <summary>The fixed vocabulary of what a demand asks for (see the gold format).</summary>
public enum DemandAction
{
    Other,
    Protect,
    Investigate,
    Punish,
    Prosecute,
    HoldAccountable,
    Inform,
    AcceptResponsibility,
    Condemn,
    FulfilObligations,
    TakeMeasures,
    Refrain,
    EndPolicy,
    Monitor,
    Release,
    Sanction,
    Assess,
    PayAttention,
    Withdraw,
}
