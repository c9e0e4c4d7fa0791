using Attest.Analysis;
using Attest.Attribution;
using Attest.Text;

namespace Attest.Tests.Attribution;

/// <summary>The per-token facts the voice stages read: the packed table of short words must answer exactly as the
/// general word table, and the token facts ("n't", hyphens) must come out alike for either kind of word.</summary>
public sealed class VoiceTokensTests
{
    private static readonly VoiceWords Words = VoiceWords.For(Analyzer.Default.Lexicons);

    [Theory]
    [InlineData("we")]
    [InlineData("the")]
    [InlineData("call")]
    [InlineData("condemn")]
    [InlineData("detained")]
    [InlineData("condemns")]
    [InlineData("a")]
    [InlineData(",")]
    [InlineData("zzz")]
    [InlineData("vis-à-vis")]
    [InlineData("responsibility")]
    [InlineData("government")]
    [InlineData("accountability")]
    [InlineData("internationally")]
    [InlineData("counterinsurgency")]
    [InlineData("we\u0000")]
    [InlineData("doesn't")]
    [InlineData("didn’t")]
    [InlineData("shouldn't")]
    public void Token_facts_equal_the_general_table_facts_of_the_word(string word)
    {
        // The word stands alone and again before enough text for the packed read, so both paths are taken.
        foreach (var text in new[] { word, word + " and then more text" })
        {
            var layer = new TextLayerBuilder(AbbreviationLexicon.FromEntries([])).Build(text);
            var facts = VoiceTokens.Of(layer, Words);
            for (var t = 0; t < layer.Tokens.Length; t++)
            {
                var lower = layer.TokenLower(t);
                var expected = Words.Of(lower);
                if (lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal))
                {
                    expected |= VoiceFacts.Negation;
                }

                Assert.Equal(expected, facts[t] & ~VoiceFacts.Hyphenated);
            }
        }
    }

    [Fact]
    public void The_packed_table_finds_every_word_that_fits_and_nothing_else()
    {
        // Words of every length from one to eight, some sharing a prefix or differing in one character.
        var words = new[] { "a", "an", "and", "andy", "x", "xy", "we", "ew", "call", "calls", "called", "calling", "detained", "detainee" };
        var table = new ShortWordFacts(words.Select((w, i) => KeyValuePair.Create(w, (VoiceFacts)(1UL << i))));
        var text = string.Join(' ', words) + " abc calle detaine b zzzzzzzz        ";
        for (var i = 0; i < words.Length; i++)
        {
            Assert.True(ShortWordFacts.TryPack(text, text.IndexOf(words[i] + " ", StringComparison.Ordinal), words[i].Length, out var key));
            Assert.Equal((VoiceFacts)(1UL << i), table.Find(key));
        }

        foreach (var miss in new[] { "abc", "calle", "detaine", "b", "zzzzzzzz" })
        {
            Assert.True(ShortWordFacts.TryPack(text, text.IndexOf(" " + miss + " ", StringComparison.Ordinal) + 1, miss.Length, out var key));
            Assert.Equal(VoiceFacts.None, table.Find(key));
        }
    }

    [Theory]
    [InlineData("vis-à-vis")]
    [InlineData("we\u0000")]
    [InlineData("condemnation")]
    public void A_word_that_does_not_fit_one_key_is_left_to_the_longer_tables(string word) =>
        Assert.False(ShortWordFacts.TryPack(word + "        ", 0, word.Length, out _));

    [Theory]
    [InlineData("vis-à-vis-à-vis")]
    [InlineData("we")]
    [InlineData("counterinsurgency")]
    public void A_word_that_does_not_fit_two_keys_is_left_to_the_general_table(string word) =>
        Assert.False(ShortWordFacts.TryPackLong(word + "                ", 0, word.Length, out _, out _));
}
