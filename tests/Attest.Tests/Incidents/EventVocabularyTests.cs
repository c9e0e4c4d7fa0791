using Attest.Incidents;

namespace Attest.Tests.Incidents;

/// <summary>What the compiled event vocabulary answers for one word: the reader copies these answers into its
/// per-token tables instead of working them out at every occurrence.</summary>
public sealed class EventVocabularyTests
{
    private static EventVocabulary Vocabulary => IncidentPipeline.Stage.Vocabulary;

    [Theory]
    [InlineData(",", "Comma")]
    [InlineData(";", "HardStop")]
    [InlineData(":", "HardStop")]
    [InlineData(".", "HardStop")]
    [InlineData("!", "HardStop")]
    [InlineData("?", "HardStop")]
    [InlineData("\u2026", "HardStop")]
    [InlineData("said", "SpeechVerb")]
    [InlineData("told", "SpeechVerb")]
    [InlineData("was", "None")]
    public void Tells_the_traits_a_word_has_wherever_it_stands(string word, string expected)
    {
        Assert.True(Vocabulary.TryRead(word, out var entry));
        Assert.Equal(Enum.Parse<WordTraits>(expected), entry.Traits);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("the")]
    [InlineData("garden")]
    public void Answers_a_word_it_does_not_know_with_no_traits_and_no_forms(string word)
    {
        Assert.False(Vocabulary.TryRead(word, out var entry));
        Assert.Equal(default, entry);
    }

    [Theory]
    [InlineData("was", "Be")]
    [InlineData("has", "Skip")]
    [InlineData("which", "Boundary")]
    public void Works_out_a_one_token_grammar_word_once(string word, string grammar)
    {
        Assert.True(Vocabulary.TryRead(word, out var entry));
        Assert.True(entry.OneToken);
        Assert.Equal(Enum.Parse<WordTraits>(grammar), entry.Grammar);
        Assert.Equal(1u << (int)EventWordKind.Grammar, entry.Kinds);
        Assert.Equal(EventWordKind.Grammar, Vocabulary.Forms[Vocabulary.Chosen[entry.ChosenStart]].Kind);
    }

    [Fact]
    public void Lists_the_chosen_forms_of_a_one_token_word_in_kind_order_one_per_kind()
    {
        Assert.True(Vocabulary.TryRead("shelled", out var entry));
        Assert.True(entry.OneToken);
        var chosen = Enumerable.Range(entry.ChosenStart, System.Numerics.BitOperations.PopCount(entry.Kinds))
            .Select(i => Vocabulary.Forms[Vocabulary.Chosen[i]])
            .ToList();
        Assert.Contains(chosen, p => p.Kind == EventWordKind.Trigger && p.Lemma == "shelled");
        Assert.Equal(chosen.Select(p => p.Kind).OrderBy(k => k), chosen.Select(p => p.Kind));
        Assert.Equal(chosen.Count, chosen.Select(p => p.Kind).Distinct().Count());
    }

    [Fact]
    public void Leaves_a_word_that_starts_a_longer_form_to_the_reader()
    {
        // "damage to" is a trigger of two tokens: what starts at "damage" depends on the word after it.
        Assert.True(Vocabulary.TryRead("damage", out var entry));
        Assert.False(entry.OneToken);
        Assert.Equal(0u, entry.Kinds);
        Assert.Contains(Vocabulary.Forms.AsSpan(entry.FormStart, entry.FormCount).ToArray(), p => p.Length == 2);
    }
}
