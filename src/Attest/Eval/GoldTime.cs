namespace Attest.Eval;

/// <summary>A time expression and its normalised value (<c>2022-09-18</c>, <c>199X</c>, <c>XXXX-10-14</c> …).</summary>
/// <param name="Text">The words of the document; not scored.</param>
public sealed record GoldTime(string? Text, string Value, bool Optional);
