using Attest.Lexicons;

namespace Attest.Mentions;

/// <summary>The closed classes of English words the time grammar reads. They are grammar, not knowledge of
/// the world, so they live here; the time words themselves (months, weekdays, units …) are in
/// <c>lexicons/time.tsv</c>. The grammar reads a token's classes from its <see cref="NumberFacts"/>, which
/// <see cref="NumberWords"/> compiles from these lists with the other words of the time and figure stages.</summary>
internal static class TimeGrammarWords
{
    /// <summary>Words before a bare year or month that make it a time: "in 2020", "since March", "early 2000s".</summary>
    public static readonly string[] PrepositionWords = [
        "in", "on", "since", "until", "till", "by", "from", "during", "before", "after", "between", "through",
        "throughout", "of", "for", "around", "to", "circa", "c.", "ca.", "as", "late", "early", "mid", "earlier",
        "later", "start", "end", "beginning", "middle", "year", "than", "into", "within"];

    /// <summary>Prepositions that only take a time: after one, "2021 talks" is a year and a noun, not an amount
    /// ("in 2021 talks began"); "around 1500 protesters" stays an amount.</summary>
    public static readonly string[] TemporalPrepositionWords = [
        "in", "since", "until", "till", "during", "before", "after", "throughout", "circa", "early", "late", "mid"];

    /// <summary>Words before a year that make it modify a noun: "the 2020 war", "its 1998 ceasefire".</summary>
    public static readonly string[] DeterminerWords = [
        "the", "its", "their", "his", "her", "our", "your", "this", "that", "these", "those", "whose", "'s", "’s"];

    /// <summary>Words between the two ends of a span: "12 to 14 September", "September 12 leading to 13".
    /// Dashes are recognised by their token flag.</summary>
    public static readonly string[] ConnectorWords = [
        "to", "till", "until", "through", "thru", "into", "and"];

    /// <summary>A word that joins the ends of a span only when it comes right before a connector:
    /// "leading to", "leading into".</summary>
    public const string Leading = "leading";

    /// <summary>The connector that makes a span only after <see cref="SpanOpenerWords"/> or between consecutive
    /// days; otherwise "8 and 10 March" are two dates.</summary>
    public const string And = "and";

    /// <summary>Words that open a span: "between 12 and 14 September", "from May to December".</summary>
    public static readonly string[] SpanOpenerWords = ["between", "from"];

    /// <summary>Prefixes of a hyphenated month, year or decade that do not change its value at the precision
    /// kept: "mid-September", "early-2000s".</summary>
    public static readonly string[] QualifierWords = ["mid", "early", "late"];

    /// <summary>The <see cref="QualifierWords"/> as a set, for the parts of a hyphenated token.</summary>
    public static readonly WordSet Qualifiers = new(QualifierWords);

    /// <summary>Words before a time in its sentence that point it forward from the document date:
    /// "talks will resume on Thursday".</summary>
    public static readonly string[] FutureCueWords = [
        "will", "shall", "'ll", "’ll", "scheduled", "upcoming", "due", "planned", "plans", "plan", "expected", "going"];

    /// <summary>Lower-case words that may sit inside a capitalised name: "Convention on the Rights of the Child".</summary>
    public static readonly string[] NameLinkWords = [
        "on", "of", "for", "the", "and", "against", "in", "to", "relating", "concerning", "between", "with", "&"];

    /// <summary>Lower-case words that end in "s" without being plural nouns; a plural noun after a number makes
    /// it a count ("2012 protesters").</summary>
    public static readonly string[] NotPluralWords = [
        "was", "has", "is", "as", "its", "this", "thus", "us", "yes", "his", "hers", "ours", "yours", "theirs",
        "always", "perhaps", "towards", "afterwards", "besides", "whereas", "less", "unless", "across", "does",
        "sometimes", "nevertheless", "regardless", "nonetheless"];

    /// <summary>A word after "the" and before a day number that makes "the 13th" a day: nothing but an
    /// ordinal; "of" joins an ordinal day to its month ("the 18th of September").</summary>
    public const string Of = "of";

    /// <summary>The article before an ordinal day ("the 18th") or a decade ("the 1990s").</summary>
    public const string The = "the";
}
