using Attest.Analysis;
using Attest.Attribution;
using Attest.Text;

namespace Attest.Tests.Attribution;

/// <summary>The per-token facts the voice stages read, found through the shared vocabulary, must answer exactly as
/// the general word table, and the token facts ("n't", hyphens) must come out alike for every kind of word.</summary>
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
}
