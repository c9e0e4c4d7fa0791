namespace Attest.Model;

/// <summary>A named body: ministry, NGO, outlet, parliament, international organisation.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code of the state it belongs to, when known.</param>
public sealed record OrganizationMention(string Name, string? Country, Evidence Evidence);
