namespace Attest.Storage;

/// <summary>A piece of the text as read that is not in the stored text, so a reader can see what was dropped.</summary>
/// <param name="Start">Offset of the removed piece in the text as read.</param>
/// <param name="At">Offset in the stored text where the piece was taken out.</param>
/// <param name="Text">The removed text itself.</param>
/// <param name="Rule">Why it was removed (a boilerplate kind or <c>footnote-marker</c>).</param>
public sealed record RemovedSpan(int Start, int At, string Text, string Rule);
