namespace Attest.Mentions;

/// <summary>What the time and figure rules want to know about one token's word, packed in one value: the token's
/// entry among the time words and among the figure words (as indexes into the tables of <see cref="NumberWords"/>,
/// 0 for none), the closed word classes of <see cref="TimeGrammarWords"/> it belongs to, and a few facts read from
/// the token itself. <see cref="NumberTokens"/> holds one per token.</summary>
/// <remarks>The time side reads the word as <see cref="TimeLexicon.Word(ReadOnlySpan{char})"/> does (a final period may be dropped) and
/// the classes as written; the figure side reads it folded, as <see cref="FigureVocabulary.Find"/> does, and never
/// for a number token. Each side keeps the answer its own lookup gave.</remarks>
[Flags]
internal enum NumberFacts : ulong
{
    None = 0,

    /// <summary>The bits of the time word's index (<see cref="NumberWords.TimeWord"/>).</summary>
    TimeIdBits = 0xFFFF,

    /// <summary>The bits of the figure word's index (<see cref="NumberWords.FigureWord"/>), shifted by
    /// <see cref="NumberWords.FigureShift"/>.</summary>
    FigureIdBits = 0xFFFF_0000,

    /// <summary>The word is in <see cref="TimeGrammarWords.PrepositionWords"/>.</summary>
    Preposition = 1UL << 32,

    /// <summary>The word is in <see cref="TimeGrammarWords.TemporalPrepositionWords"/>.</summary>
    TemporalPreposition = 1UL << 33,

    /// <summary>The word is in <see cref="TimeGrammarWords.DeterminerWords"/>.</summary>
    Determiner = 1UL << 34,

    /// <summary>The word is in <see cref="TimeGrammarWords.ConnectorWords"/>.</summary>
    Connector = 1UL << 35,

    /// <summary>The word is in <see cref="TimeGrammarWords.SpanOpenerWords"/>.</summary>
    SpanOpener = 1UL << 36,

    /// <summary>The word is in <see cref="TimeGrammarWords.QualifierWords"/>.</summary>
    Qualifier = 1UL << 37,

    /// <summary>The word is in <see cref="TimeGrammarWords.FutureCueWords"/>.</summary>
    FutureCue = 1UL << 38,

    /// <summary>The word is in <see cref="TimeGrammarWords.NameLinkWords"/>.</summary>
    NameLink = 1UL << 39,

    /// <summary>The word is in <see cref="TimeGrammarWords.NotPluralWords"/>.</summary>
    NotPlural = 1UL << 40,

    /// <summary>The time word has a role that starts an expression (a month, a weekday, a number …).</summary>
    TimeStart = 1UL << 41,

    /// <summary>A phrase of the time lexicon starts with the word.</summary>
    TimePhraseStart = 1UL << 42,

    /// <summary>The word, without a final period, is the second word of some phrase of the time lexicon.</summary>
    TimePhraseSecond = 1UL << 43,

    /// <summary>A figure can start at the figure word (<see cref="Mentions.FigureWord.MayStart"/>).</summary>
    FigureMayStart = 1UL << 44,

    /// <summary>The token has a '-' in it. Read from the token, not from a word list.</summary>
    Hyphen = 1UL << 45,

    /// <summary>The word is <see cref="TimeGrammarWords.The"/> as written, which starts "the 18th" and "the 1990s".</summary>
    The = 1UL << 46,

    /// <summary>The word is <see cref="TimeGrammarWords.Of"/> as written.</summary>
    Of = 1UL << 47,

    /// <summary>The word is <see cref="TimeGrammarWords.And"/> as written.</summary>
    And = 1UL << 48,

    /// <summary>The word is <see cref="TimeGrammarWords.Leading"/> as written.</summary>
    Leading = 1UL << 49,
}
