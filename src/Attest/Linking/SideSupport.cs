namespace Attest.Linking;

/// <summary>How many independent sources of one side tell of an incident.</summary>
public sealed record SideSupport(string Side, int Sources);
