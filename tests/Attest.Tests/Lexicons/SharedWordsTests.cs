using Attest.Lexicons;
using Attest.Text;

namespace Attest.Tests.Lexicons;

/// <summary>The shared vocabulary: one id per word whatever path finds it, ids that never move when more words are
/// registered, and values by id that answer default for words a stage does not know.</summary>
public sealed class SharedWordsTests
{
    private static readonly string[] Words =
        ["the", "said", "a", ",", "condemned", "responsibility", "counterinsurgency", "vis-à-vis", "didn’t", "\u2026"];

    [Fact]
    public void Every_word_is_found_by_its_id_wherever_it_stands_in_a_text()
    {
        var ids = new WordIds(Words);
        foreach (var word in Words)
        {
            // Alone (too near the end for a packed read) and before more text (packed when it fits).
            foreach (var text in new[] { word, word + " and then some more text to read" })
            {
                Assert.Equal(ids.IdOf(word), ids.Find(text, new Span(0, word.Length)));
            }
        }
    }

    [Theory]
    [InlineData("thee")]
    [InlineData("The")]
    [InlineData("condemne")]
    [InlineData("responsibilities")]
    [InlineData("vis-a-vis")]
    [InlineData("didn't")]
    public void A_token_that_is_no_word_has_id_zero(string token)
    {
        var ids = new WordIds(Words);
        foreach (var text in new[] { token, token + " and then some more text to read" })
        {
            Assert.Equal(0, ids.Find(text, new Span(0, token.Length)));
        }
    }

    [Fact]
    public void Ids_run_from_one_in_order_and_a_repeated_word_keeps_its_first()
    {
        var ids = new WordIds(["war", "peace", "war", "truce"]);
        Assert.Equal(3, ids.Count);
        Assert.Equal([1, 2, 3], new[] { "war", "peace", "truce" }.Select(ids.IdOf));
        Assert.Equal(0, ids.IdOf("ceasefire"));
    }

    [Fact]
    public void A_later_registration_keeps_earlier_ids_and_values()
    {
        var shared = SharedWords.For(new LexiconSet([]));
        var first = shared.Register(new Dictionary<string, int> { ["shelling"] = 7, ["the"] = 1 });
        var idOfShelling = shared.Ids.IdOf("shelling");
        var second = shared.Register(new Dictionary<string, string> { ["the"] = "article", ["drone"] = "weapon" });

        Assert.Equal(idOfShelling, shared.Ids.IdOf("shelling"));
        Assert.Equal(7, SharedWords.ValueOf(first, shared.Ids.IdOf("shelling")));
        Assert.Equal(1, SharedWords.ValueOf(first, shared.Ids.IdOf("the")));
        Assert.Equal("article", SharedWords.ValueOf(second, shared.Ids.IdOf("the")));

        // A word registered after the first stage is one that stage does not know.
        Assert.Equal(0, SharedWords.ValueOf(first, shared.Ids.IdOf("drone")));
        Assert.Null(SharedWords.ValueOf(second, shared.Ids.IdOf("shelling")));
        Assert.Equal(0, SharedWords.ValueOf(first, 0));
    }

    [Fact]
    public void Registering_known_words_again_keeps_the_same_vocabulary()
    {
        var shared = SharedWords.For(new LexiconSet([]));
        shared.Register(new Dictionary<string, int> { ["attack"] = 1 });
        var before = shared.Ids;
        var again = shared.Register(new Dictionary<string, int> { ["attack"] = 2 });
        Assert.Same(before, shared.Ids);
        Assert.Equal(2, SharedWords.ValueOf(again, shared.Ids.IdOf("attack")));
    }

    [Fact]
    public void Token_ids_are_the_ids_of_each_token_of_a_layer()
    {
        var ids = new WordIds(Words);
        var layer = TextLayerBuilder.Default.Build("The spokesman said the attack, condemned by all, was a counterinsurgency raid.");
        var found = TokenWordIds.Of(layer, ids);
        Assert.Equal(layer.Tokens.Length, found.Length);
        for (var t = 0; t < layer.Tokens.Length; t++)
        {
            Assert.Equal(ids.IdOf(layer.TokenLower(t).ToString()), found[t]);
        }
    }
}
