namespace Attest.Text;

/// <summary>What a token is or does, beyond its shape. Several may be set.</summary>
[Flags]
public enum TokenFlags : ushort
{
    None = 0,

    /// <summary>A quotation mark that opens a quotation (“ ‘ „ « ‹, or " ' by context).</summary>
    OpeningQuote = 1 << 0,

    /// <summary>A quotation mark that closes a quotation (” ’ » ›, or " ' by context).</summary>
    ClosingQuote = 1 << 1,

    /// <summary>A dash or a free-standing hyphen: – — ‒ ― -.</summary>
    Dash = 1 << 2,

    /// <summary>A web address or a domain name (<c>https://…</c>, <c>www.…</c>, <c>example.com</c>).</summary>
    Url = 1 << 3,

    /// <summary>An e-mail address.</summary>
    Email = 1 << 4,

    /// <summary>A footnote or reference marker (<c>[12]</c>, superscript digits); later stages skip it.</summary>
    FootnoteMarker = 1 << 5,

    /// <summary>An ellipsis: <c>…</c>, <c>...</c>, <c>....</c> or the spaced <c>. . .</c> (one token).</summary>
    Ellipsis = 1 << 6,

    /// <summary>A word with its abbreviation period inside the token: <c>Mr.</c>, <c>U.S.</c>, <c>e.g.</c>, <c>J.</c>.</summary>
    Abbreviation = 1 << 7,

    /// <summary>A single capital letter with its period: <c>J.</c> in <c>J. R. Smith</c>.</summary>
    Initial = 1 << 8,

    /// <summary>An abbreviation that precedes a name (<c>Mr.</c>, <c>Gen.</c>): lexicon attribute <c>position=title</c>.</summary>
    Title = 1 << 9,

    /// <summary>The possessive or clitic <c>’s</c>/<c>'s</c> split from its word, or the bare apostrophe of a
    /// plural possessive (<c>countries’</c>).</summary>
    Possessive = 1 << 10,

    /// <summary>Part of a list-item marker at the start of an item: <c>•</c>, <c>-</c>, <c>1.</c>, <c>2)</c>, <c>a.</c>.</summary>
    ListMarker = 1 << 11,

    /// <summary>An opening bracket: ( [ {.</summary>
    OpeningBracket = 1 << 12,

    /// <summary>A closing bracket: ) ] }.</summary>
    ClosingBracket = 1 << 13,
}
