namespace Attest.Lexicons;

/// <summary>One lexicon entry that a matched text can be: the entry and which of its forms was written.</summary>
public readonly record struct LexiconHit(LexiconEntry Entry, LexiconForm Form)
{
    /// <summary>True when the form names the entry itself (name, alias, exact short form), not an adjective or
    /// a demonym derived from it.</summary>
    public bool IsName => Form is LexiconForm.Name or LexiconForm.Alias or LexiconForm.AmbiguousAlias or LexiconForm.Exact;
}
