using Attest.Lexicons;

namespace Attest.Tests.Lexicons;

/// <summary>The packed table finds exactly its words among tokens read from a text, and leaves every word that does
/// not fit its keys to the general table.</summary>
public sealed class PackedWordsTests
{
    [Fact]
    public void The_packed_table_finds_every_word_that_fits_and_nothing_else()
    {
        // Words of every length from one to eight, some sharing a prefix or differing in one character.
        var words = new[] { "a", "an", "and", "andy", "x", "xy", "we", "ew", "call", "calls", "called", "calling", "detained", "detainee" };
        var table = new PackedWords<int>(words.Select((w, i) => KeyValuePair.Create(w, i + 1)));
        var text = string.Join(' ', words) + " abc calle detaine b zzzzzzzz        ";
        for (var i = 0; i < words.Length; i++)
        {
            Assert.True(PackedWords<int>.TryPack(text, text.IndexOf(words[i] + " ", StringComparison.Ordinal), words[i].Length, out var key));
            Assert.Equal(i + 1, table.Find(key));
        }

        foreach (var miss in new[] { "abc", "calle", "detaine", "b", "zzzzzzzz" })
        {
            Assert.True(PackedWords<int>.TryPack(text, text.IndexOf(" " + miss + " ", StringComparison.Ordinal) + 1, miss.Length, out var key));
            Assert.Equal(0, table.Find(key));
        }
    }

    [Fact]
    public void The_long_table_finds_words_of_nine_to_sixteen_characters_and_nothing_else()
    {
        var words = new[] { "condemned", "condemnation", "responsibility", "accountabilities" };
        var table = new PackedWords<int>(words.Select((w, i) => KeyValuePair.Create(w, i + 1)));
        var text = string.Join(' ', words) + " condemnatio responsibilitx                ";
        for (var i = 0; i < words.Length; i++)
        {
            Assert.True(PackedWords<int>.TryPackLong(text, text.IndexOf(words[i], StringComparison.Ordinal), words[i].Length, out var low, out var high));
            Assert.Equal(i + 1, table.FindLong(low, high));
        }

        foreach (var miss in new[] { "condemnatio", "responsibilitx" })
        {
            Assert.True(PackedWords<int>.TryPackLong(text, text.IndexOf(miss, StringComparison.Ordinal), miss.Length, out var low, out var high));
            Assert.Equal(0, table.FindLong(low, high));
        }
    }

    [Theory]
    [InlineData("vis-à-vis")]
    [InlineData("we\u0000")]
    [InlineData("condemnation")]
    public void A_word_that_does_not_fit_one_key_is_left_to_the_longer_tables(string word) =>
        Assert.False(PackedWords<int>.TryPack(word + "        ", 0, word.Length, out _));

    [Theory]
    [InlineData("vis-à-vis-à-vis")]
    [InlineData("we")]
    [InlineData("counterinsurgency")]
    public void A_word_that_does_not_fit_two_keys_is_left_to_the_general_table(string word) =>
        Assert.False(PackedWords<int>.TryPackLong(word + "                ", 0, word.Length, out _, out _));

    [Fact]
    public void A_word_too_near_the_end_of_the_text_for_a_vector_read_is_left_to_the_general_table()
    {
        Assert.False(PackedWords<int>.TryPack("said", 0, 4, out _));
        Assert.False(PackedWords<int>.TryPackLong("condemnation", 0, 12, out _, out _));
    }
}
