using Attest.Model;

namespace Attest.Rhetoric;

/// <summary>One cell of the speakers × kinds table: how many distinct labels of one kind a speaker used, across
/// documents, and the first example.</summary>
/// <param name="Side">The speaker's country code when the analyses say it (a body's or place's country), else null.</param>
/// <param name="Count">Items counted: one per term per speaker per document.</param>
/// <param name="Document">The document of the example.</param>
/// <param name="Example">The example's words as written, with the sentence around them trimmed to the span.</param>
public sealed record RhetoricRow(string Speaker, string? Side, LoadedKind Kind, int Count, string Document, string Example);
