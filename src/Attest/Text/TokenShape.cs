namespace Attest.Text;

/// <summary>The orthographic shape of a token, from its letters and digits.</summary>
public enum TokenShape : byte
{
    /// <summary>Anything else: URLs, e-mail addresses, footnote markers, unassigned or private-use characters.</summary>
    Other,

    /// <summary>Only lower-case letters: <c>embassy</c>, <c>e.g.</c>, <c>’s</c>.</summary>
    Lower,

    /// <summary>An upper-case first letter, the rest lower case (each hyphenated part may start upper case):
    /// <c>Geneva</c>, <c>Mr.</c>, <c>Franco-German</c>, and a single capital such as <c>I</c> or <c>E.</c>.</summary>
    Capitalized,

    /// <summary>Two or more letters, all upper case: <c>NATO</c>, <c>U.S.</c>.</summary>
    AllCaps,

    /// <summary>Upper and lower case otherwise: <c>iPhone</c>, <c>McDonald</c>, <c>anti-NATO</c>.</summary>
    Mixed,

    /// <summary>Letters of a script without case (Arabic, Chinese …).</summary>
    Uncased,

    /// <summary>Letters and digits: <c>5th</c>, <c>F-16</c>, <c>1990s</c>, <c>1.5bn</c>.</summary>
    Alphanumeric,

    /// <summary>Digits, with <c>,</c> <c>.</c> or <c>:</c> between them: <c>3.5</c>, <c>1,000.50</c>, <c>10:30</c>.</summary>
    Number,

    /// <summary>One punctuation mark (quotes, dashes, brackets, <c>. , ; : ! ?</c>), or an ellipsis.</summary>
    Punctuation,

    /// <summary>One symbol: <c>$ % &amp; § ° +</c>, bullets, emoji.</summary>
    Symbol,
}
