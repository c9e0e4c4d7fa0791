namespace Attest.Model;

/// <summary>Whose voice the document speaks in.</summary>
public sealed record Issuer(string Name, IssuerKind Kind, Evidence Evidence);
