namespace Attest.Linking;

/// <summary>The source of an account: the document an incident report comes from and who stands behind it.</summary>
/// <param name="Id">The document's id (the store's id, or any number that tells documents apart).</param>
/// <param name="Label">How to show the document (a file name or title).</param>
/// <param name="Publisher">Who published it (an outlet, a ministry's website), when known.</param>
/// <param name="Issuer">Whose voice the document speaks in, when known.</param>
/// <param name="Side">The ISO code of the state the source belongs to (see <see cref="SourceSides"/>), or null.</param>
/// <param name="SourceGroup">Documents that are copies of one text share a group (the lowest document id among
/// them); an original is its own group. Copies count as one source.</param>
public sealed record LinkDocument(long Id, string? Label, string? Publisher, string? Issuer, string? Side, long SourceGroup)
{
    /// <summary>A document that is no one's copy.</summary>
    public static LinkDocument Of(long id, string? publisher = null, string? issuer = null, string? side = null, string? label = null) =>
        new(id, label, publisher, issuer, side, id);
}
