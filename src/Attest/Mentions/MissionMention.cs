using Attest.Model;

namespace Attest.Mentions;

/// <summary>A diplomatic mission named in the text: "the embassy of A in B", "A's consulate in B", "the A
/// embassy in B". The host place is also a <see cref="PlaceMention"/> of its own; the owner is a state.</summary>
/// <param name="Owner">ISO 3166-1 alpha-2 code of the state the mission represents, when the text says it.</param>
/// <param name="Host">Where the mission is, when the text says it.</param>
/// <param name="Evidence">From the mission word to the last of owner and host.</param>
public sealed record MissionMention(string? Owner, PlaceMention? Host, Evidence Evidence)
{
    /// <summary>The host state: the country of <see cref="Host"/>.</summary>
    public string? HostCountry => Host?.Country;
}
