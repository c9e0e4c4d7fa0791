using Attest.Text;

namespace Attest.Model;

/// <summary>"Speaker S condemns T": a speech act stored as its speaker's, never as fact.</summary>
/// <param name="OwnVoice">True when the document's issuer speaks; false for reported speech.</param>
public sealed record Claim(string Speaker, ClaimAct Act, string? Target, Span Content, bool OwnVoice, Evidence Evidence);
