using Attest.Lexicons;

namespace Attest.Rhetoric;

/// <summary>Closed classes of English grammar the rhetoric rules read: part of the rules, not of the lexicons
/// (the same convention as the time stage's prepositions and determiners).</summary>
internal static class ClauseWords
{
    /// <summary>The words of <see cref="Function"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] FunctionWords = [
        "the", "a", "an", "of", "in", "on", "and", "or", "to", "for", "with", "by", "from", "at", "as", "is", "are",
        "was", "were", "be", "been", "being", "that", "this", "these", "those", "it", "its", "their", "his", "her",
        "our", "which", "who", "whom", "what", "where", "when", "while", "not", "no", "but", "than", "into",
        "against", "toward", "towards", "has", "have", "had", "will", "would", "can", "could", "may", "might",
        "should", "must", "do", "does", "did", "such", "so", "very", "there", "here", "they", "we", "he", "she"];

    /// <summary>Words that cannot be part of the noun phrase a label qualifies.</summary>
    public static readonly WordSet Function = new(FunctionWords);

    /// <summary>The words of <see cref="ClauseOpeners"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] ClauseOpenersWords = [
        "that", "which", "who", "whom", "what", "where", "while", "when", "because", "after", "before", "whereas",
        "since", "but", "although", "though", "if", "unless"];

    /// <summary>Words that open a clause: a speaker named before them does not speak the words after them.</summary>
    public static readonly WordSet ClauseOpeners = new(ClauseOpenersWords);

    /// <summary>The words of <see cref="Relatives"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] RelativesWords = ["which", "who", "whom", "whose", "where", "when"];

    /// <summary>Relative pronouns that open background after a comma (", which was attacked by …").</summary>
    public static readonly WordSet Relatives = new(RelativesWords);

    /// <summary>The words of <see cref="Negations"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] NegationsWords = ["not", "no", "never", "nor", "neither", "without", "cannot", "nothing", "none"];

    /// <summary>Negations; "n't" forms are recognised by their ending.</summary>
    public static readonly WordSet Negations = new(NegationsWords);

    /// <summary>The words of <see cref="NotOnly"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] NotOnlyWords = ["only", "just", "merely", "least"];

    /// <summary>Words after "not" that keep the clause positive ("not only … but also").</summary>
    public static readonly WordSet NotOnly = new(NotOnlyWords);

    /// <summary>The words of <see cref="Hypothetical"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] HypotheticalWords = ["if", "unless", "whether", "may", "might", "could", "would", "lest"];

    /// <summary>Conditions and modals that make a clause hypothetical.</summary>
    public static readonly WordSet Hypothetical = new(HypotheticalWords);

    /// <summary>The words of <see cref="AttributiveBefore"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] AttributiveBeforeWords = [
        "the", "a", "an", "in", "of", "from", "into", "on", "and", "or", "all", "newly", "illegally", "temporarily",
        "still", "currently", "formerly", "its", "their", "our", "your", "his", "her", "by", "to", "at", "near"];

    /// <summary>Words before a participle that make it an adjective ("the occupied part", "in occupied towns").</summary>
    public static readonly WordSet AttributiveBefore = new(AttributiveBeforeWords);

    /// <summary>The words of <see cref="Progressive"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] ProgressiveWords = ["is", "are", "was", "were", "been", "be", "am", "keeps", "kept"];

    /// <summary>Auxiliaries before a progressive form ("is calling it …").</summary>
    public static readonly WordSet Progressive = new(ProgressiveWords);

    /// <summary>The words of <see cref="FirstPersonPlural"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] FirstPersonPluralWords = ["we", "our", "us"];

    /// <summary>Pronouns for the document's own voice.</summary>
    public static readonly WordSet FirstPersonPlural = new(FirstPersonPluralWords);

    /// <summary>The words of <see cref="PersonPronouns"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] PersonPronounsWords = ["he", "she"];

    /// <summary>Pronouns for a person.</summary>
    public static readonly WordSet PersonPronouns = new(PersonPronounsWords);

    /// <summary>The words of <see cref="BodyPronouns"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] BodyPronounsWords = ["it", "they"];

    /// <summary>Pronouns for a body or a state.</summary>
    public static readonly WordSet BodyPronouns = new(BodyPronounsWords);

    /// <summary>The words of <see cref="Auxiliaries"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] AuxiliariesWords = [
        "has", "have", "had", "is", "was", "were", "are", "also", "reportedly", "repeatedly", "then", "later",
        "again", "publicly", "openly", "strongly", "on", "had", "once", "already", "recently", "previously", "now"];

    /// <summary>Words between a subject and its verb ("X has also said"): not part of the subject's name.</summary>
    public static readonly WordSet Auxiliaries = new(AuxiliariesWords);

    /// <summary>The words of <see cref="AboutPrepositions"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] AboutPrepositionsWords = ["of", "by", "against", "towards", "toward"];

    /// <summary>Prepositions after a label that introduce whom or what it labels ("aggression against X").</summary>
    public static readonly WordSet AboutPrepositions = new(AboutPrepositionsWords);

    /// <summary>The words of <see cref="CallParticles"/>, declared before it: static fields start in text order.</summary>
    public static readonly string[] CallParticlesWords = ["on", "for", "upon", "off"];

    /// <summary>Prepositions after "called" that make it a demand, not a naming ("called on X to …").</summary>
    public static readonly WordSet CallParticles = new(CallParticlesWords);

    /// <summary>True for a negation, including the "n't" forms ("doesn't", "didn’t").</summary>
    public static bool IsNegation(ReadOnlySpan<char> lower) =>
        Negations.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal);
}
