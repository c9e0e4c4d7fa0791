using Attest.Text;

namespace Attest.Model;

/// <summary>A cited legal instrument, e.g. Article 22 of the Vienna Convention on Diplomatic Relations.</summary>
/// <param name="Instrument">Instrument id from the legal lexicon (<c>VCDR</c>, <c>UNCHARTER</c> …).</param>
/// <param name="Quoted">The span of a quotation of the instrument's text linked to this citation.</param>
public sealed record LegalCitation(string Instrument, string? Article, string? Paragraph, Span? Quoted, Evidence Evidence);
