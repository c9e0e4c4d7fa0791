namespace Attest.Lexicons;

/// <summary>Which written form of a lexicon entry a match used.</summary>
public enum LexiconForm : byte
{
    /// <summary>The canonical name (second field of the line).</summary>
    Name,

    /// <summary>An alias (third field).</summary>
    Alias,

    /// <summary>An alias that the entry marks with <c>ambiguous_alias=</c>: the form may name another entry, and
    /// an entry whose name is that form is the default reading.</summary>
    AmbiguousAlias,

    /// <summary>A form listed only in <c>exact=</c>: a short form (<c>US</c>, <c>UN</c>) that matches only with
    /// exactly that case.</summary>
    Exact,

    /// <summary>An adjective from <c>adj=</c> (<c>Azerbaijani</c>): it qualifies a noun, it is not a place.</summary>
    Adjective,

    /// <summary>A plural for the people from <c>demonym=</c> (<c>Azerbaijanis</c>).</summary>
    Demonym,
}
