namespace Attest.Model;

/// <summary>A named person, with the title or role the text gives them.</summary>
public sealed record PersonMention(string Name, string? Role, Evidence Evidence);
