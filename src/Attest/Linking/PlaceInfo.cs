namespace Attest.Linking;

/// <summary>A place name prepared once for comparison: folded, cut into words, and its scale.</summary>
internal sealed record PlaceInfo(string Name, string Folded, IReadOnlyList<string> Words, PlaceScale Scale);
