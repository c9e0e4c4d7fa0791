using Attest.Text;

namespace Attest.Ingest;

/// <summary>Text that ingest took out of a document (web boilerplate, a footnote marker), kept so the original
/// can be rebuilt and every offset mapped back.</summary>
/// <param name="Original">Where the text stood in the text as read (decoded, or extracted from HTML or PDF).</param>
/// <param name="At">Where it stood in the cleaned text: the offset at which inserting <paramref name="Text"/>
/// back restores the original.</param>
/// <param name="Text">The removed characters, line break included where a whole line went.</param>
/// <param name="Rule">Why: <c>boilerplate:NAME</c> with the lexicon entry's name, or <c>footnote-marker</c>.</param>
public sealed record RemovedText(Span Original, int At, string Text, string Rule);
