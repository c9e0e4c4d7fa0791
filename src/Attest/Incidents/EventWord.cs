namespace Attest.Incidents;

/// <summary>What <see cref="EventVocabulary"/> knows of one lower-case word: its traits, where its forms lie in
/// <see cref="EventVocabulary.Forms"/> and, for a word whose forms are all one token long (most are), the answer
/// the reader would work out at every occurrence, worked out once. The default value is a word the vocabulary
/// does not know: no traits, no forms.</summary>
/// <param name="Traits">What the word is wherever it stands: a speech verb, a comma, a mark that ends a clause.</param>
/// <param name="FormStart">Where the word's forms start in <see cref="EventVocabulary.Forms"/> and
/// <see cref="EventVocabulary.Shapes"/>, longest first.</param>
/// <param name="FormCount">How many forms start with the word; 0 for a speech verb or a mark that is no event word.</param>
/// <param name="OneToken">Every form of the word is the word alone, so what starts at a token written so does not
/// depend on the tokens after it: <paramref name="Kinds"/>, <paramref name="ChosenStart"/> and
/// <paramref name="Grammar"/> tell it.</param>
/// <param name="Kinds">For a one-token word, the bit of each <see cref="EventWordKind"/> among its forms.</param>
/// <param name="ChosenStart">For a one-token word, where <see cref="EventVocabulary.Chosen"/> lists the index of
/// its first form of each kind, in kind order: one per bit of <paramref name="Kinds"/>.</param>
/// <param name="Grammar">For a one-token word, the roles of its first grammar form.</param>
internal readonly record struct EventWord(
    WordTraits Traits, int FormStart, int FormCount, bool OneToken, uint Kinds, int ChosenStart, WordTraits Grammar);
