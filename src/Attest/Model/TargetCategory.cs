namespace Attest.Model;

/// <summary>What an incident was aimed at.</summary>
public enum TargetCategory
{
    DiplomaticPremises,
    DiplomaticPersonnel,
    Military,
    Civilians,
    Government,
    Infrastructure,
    Property,
}
