namespace Attest.Mentions;

/// <summary>Everything the figure lexicons say about one lower-case token form.</summary>
/// <param name="Roles">Roles as a grammar word.</param>
/// <param name="Number">Its value as a number word, or 0.</param>
/// <param name="Scale">A multiplier ("hundred", "thousand", "dozen").</param>
/// <param name="Phrases">Cues, bounds, blockers and subset markers that start with this token, longest first.</param>
internal sealed record FigureWord(FigureRoles Roles, long Number, bool Scale, FigurePhrase[] Phrases)
{
    public bool Has(FigureRoles roles) => (Roles & roles) != 0;

    /// <summary>True when the form has a hyphen ("twenty-three"), so the tokens it is found for have one too
    /// (typographic hyphens fold to '-' in the lookup); saves searching each such token for one.</summary>
    public bool Hyphenated { get; init; }

    /// <summary>True when a figure can start at a token of this form: a number word, an article ("a dozen", "a
    /// civilian") or a hyphenated form. The scanner sends only such words on to the rules; it is worked out once
    /// here because most tokens the vocabulary knows are grammar words that start nothing.</summary>
    public bool MayStart => Number > 0 || Has(FigureRoles.Article) || Hyphenated;

    /// <summary>The lengths of <see cref="Phrases"/> by type: 16 bits per <see cref="FigurePhraseType"/> (the
    /// first type lowest), bit n set when a phrase of that type has n tokens, bit 15 for 15 tokens or more.</summary>
    /// <remarks>The rules ask at every figure whether a phrase of some type ends at or starts from a token, and
    /// most words start none of that type and length; the mask says so without walking the phrases.</remarks>
    private ulong PhraseLengths { get; } = Lengths(Phrases);

    /// <summary>False when no phrase of <paramref name="type"/> starts with this word.</summary>
    public bool StartsAny(FigurePhraseType type) => ((PhraseLengths >> (16 * (int)type)) & 0xFFFF) != 0;

    /// <summary>False when no phrase of <paramref name="type"/> with <paramref name="length"/> tokens starts with
    /// this word.</summary>
    public bool Starts(FigurePhraseType type, int length) => ((PhraseLengths >> ((16 * (int)type) + Math.Min(length, 15))) & 1) != 0;

    private static ulong Lengths(FigurePhrase[] phrases)
    {
        var lengths = 0UL;
        foreach (var phrase in phrases)
        {
            lengths |= 1UL << ((16 * (int)phrase.Type) + Math.Min(phrase.Length, 15));
        }

        return lengths;
    }
}
