using Attest.Lexicons;

namespace Attest.Rhetoric;

/// <summary>Closed classes of English grammar the rhetoric rules read: part of the rules, not of the lexicons
/// (the same convention as the time stage's prepositions and determiners).</summary>
internal static class ClauseWords
{
    /// <summary>Words that cannot be part of the noun phrase a label qualifies.</summary>
    public static readonly WordSet Function = Lookup(
        "the", "a", "an", "of", "in", "on", "and", "or", "to", "for", "with", "by", "from", "at", "as", "is", "are",
        "was", "were", "be", "been", "being", "that", "this", "these", "those", "it", "its", "their", "his", "her",
        "our", "which", "who", "whom", "what", "where", "when", "while", "not", "no", "but", "than", "into",
        "against", "toward", "towards", "has", "have", "had", "will", "would", "can", "could", "may", "might",
        "should", "must", "do", "does", "did", "such", "so", "very", "there", "here", "they", "we", "he", "she");

    /// <summary>Words that open a clause: a speaker named before them does not speak the words after them.</summary>
    public static readonly WordSet ClauseOpeners = Lookup(
        "that", "which", "who", "whom", "what", "where", "while", "when", "because", "after", "before", "whereas",
        "since", "but", "although", "though", "if", "unless");

    /// <summary>Relative pronouns that open background after a comma (", which was attacked by …").</summary>
    public static readonly WordSet Relatives = Lookup("which", "who", "whom", "whose", "where", "when");

    /// <summary>Negations; "n't" forms are recognised by their ending.</summary>
    public static readonly WordSet Negations = Lookup(
        "not", "no", "never", "nor", "neither", "without", "cannot", "nothing", "none");

    /// <summary>Words after "not" that keep the clause positive ("not only … but also").</summary>
    public static readonly WordSet NotOnly = Lookup("only", "just", "merely", "least");

    /// <summary>Conditions and modals that make a clause hypothetical.</summary>
    public static readonly WordSet Hypothetical = Lookup(
        "if", "unless", "whether", "may", "might", "could", "would", "lest");

    /// <summary>Words before a participle that make it an adjective ("the occupied part", "in occupied towns").</summary>
    public static readonly WordSet AttributiveBefore = Lookup(
        "the", "a", "an", "in", "of", "from", "into", "on", "and", "or", "all", "newly", "illegally", "temporarily",
        "still", "currently", "formerly", "its", "their", "our", "your", "his", "her", "by", "to", "at", "near");

    /// <summary>Auxiliaries before a progressive form ("is calling it …").</summary>
    public static readonly WordSet Progressive = Lookup(
        "is", "are", "was", "were", "been", "be", "am", "keeps", "kept");

    /// <summary>Pronouns for the document's own voice.</summary>
    public static readonly WordSet FirstPersonPlural = Lookup("we", "our", "us");

    /// <summary>Pronouns for a person.</summary>
    public static readonly WordSet PersonPronouns = Lookup("he", "she");

    /// <summary>Pronouns for a body or a state.</summary>
    public static readonly WordSet BodyPronouns = Lookup("it", "they");

    /// <summary>Words between a subject and its verb ("X has also said"): not part of the subject's name.</summary>
    public static readonly WordSet Auxiliaries = Lookup(
        "has", "have", "had", "is", "was", "were", "are", "also", "reportedly", "repeatedly", "then", "later",
        "again", "publicly", "openly", "strongly", "on", "had", "once", "already", "recently", "previously", "now");

    /// <summary>Prepositions after a label that introduce whom or what it labels ("aggression against X").</summary>
    public static readonly WordSet AboutPrepositions = Lookup(
        "of", "by", "against", "towards", "toward");

    /// <summary>Prepositions after "called" that make it a demand, not a naming ("called on X to …").</summary>
    public static readonly WordSet CallParticles = Lookup("on", "for", "upon", "off");

    /// <summary>True for a negation, including the "n't" forms ("doesn't", "didn’t").</summary>
    public static bool IsNegation(ReadOnlySpan<char> lower) =>
        Negations.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal);

    private static WordSet Lookup(params string[] words) => new(words);
}
