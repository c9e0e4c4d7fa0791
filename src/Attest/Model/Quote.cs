using Attest.Text;

namespace Attest.Model;

/// <summary>A direct quotation and whom it is attributed to.</summary>
/// <param name="Text">The quoted words, without the quotation marks.</param>
/// <param name="Speaker">The speaker's name, or null when no speaker can be found.</param>
/// <param name="Attribution">How the speaker was found (<c>said-after</c>, <c>according-to</c>, <c>pronoun</c> …).</param>
public sealed record Quote(Span Text, string? Speaker, string Attribution, Evidence Evidence);
