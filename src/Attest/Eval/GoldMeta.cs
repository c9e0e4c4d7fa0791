namespace Attest.Eval;

/// <summary>What the annotator recorded about the document's publication. Not scored.</summary>
/// <param name="Published">Publication date as a time value, when the text or its page gives one.</param>
public sealed record GoldMeta(string? Published, string? Publisher, string? Author, string? PlaceOfIssue)
{
    /// <summary>Nothing recorded.</summary>
    public static GoldMeta Empty { get; } = new(null, null, null, null);
}
