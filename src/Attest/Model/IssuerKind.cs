namespace Attest.Model;

/// <summary>What kind of voice a document speaks in.</summary>
public enum IssuerKind
{
    Unknown,
    NewsOutlet,
    Government,
    CivilSociety,
    InternationalOrganization,
    Person,
}
