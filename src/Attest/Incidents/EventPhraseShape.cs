namespace Attest.Incidents;

/// <summary>What the reader tests of a form wherever its first word occurs: its kind's bit, its length in tokens and
/// the length of its second token. Kept apart from <see cref="EventPhrase"/> in one small struct per form, so the
/// test at a frequent word ("in", "to") reads a few bytes in a row rather than each form's object, token array and
/// strings; most forms fail on the second token's length.</summary>
/// <param name="KindBit">One bit at the position of the form's <see cref="EventWordKind"/>.</param>
/// <param name="Length">The form's length in tokens.</param>
/// <param name="SecondLength">The length of the form's second token; 0 for a one-token form.</param>
/// <param name="Grammar">What a grammar word does in a clause (<see cref="WordTraits.Be"/>, <see cref="WordTraits.Skip"/>,
/// <see cref="WordTraits.Boundary"/>); <see cref="WordTraits.None"/> for other kinds.</param>
internal readonly record struct EventPhraseShape(uint KindBit, int Length, int SecondLength, WordTraits Grammar)
{
    /// <summary>The shape of <paramref name="phrase"/>.</summary>
    public static EventPhraseShape Of(EventPhrase phrase) => new(
        1u << (int)phrase.Kind,
        phrase.Length,
        phrase.Length > 1 ? phrase.Tokens[1].Length : 0,
        phrase.Kind != EventWordKind.Grammar ? WordTraits.None
            : (phrase.Be ? WordTraits.Be : 0) | (phrase.Skip ? WordTraits.Skip : 0) | (phrase.Boundary ? WordTraits.Boundary : 0));
}
