namespace Attest.Linking;

/// <summary>Two documents that are copies of one text.</summary>
/// <param name="Document">The later document (higher id).</param>
/// <param name="Original">The earlier one.</param>
/// <param name="Resemblance">Estimated Jaccard resemblance of their five-word shingles.</param>
/// <param name="Containment">Estimated share of the shorter text's shingles found in the other.</param>
public sealed record NearDuplicate(long Document, long Original, double Resemblance, double Containment);
