using Attest.Lexicons;

namespace Attest.Tests.Lexicons;

public sealed class WordLookupTests
{
    private static readonly WordLookup<int> Words = new(
    [
        new("talks", 1),
        new("tanks", 2),
        new("truce", 3),
        new("a", 4),
        new("o'neill", 5),
        new("ceasefire", 6),
        new("", 7),
    ]);

    [Theory]
    [InlineData("talks", 1)]
    [InlineData("tanks", 2)] // same length, first and last letter as "talks"
    [InlineData("truce", 3)]
    [InlineData("a", 4)]
    [InlineData("o'neill", 5)]
    [InlineData("ceasefire", 6)]
    [InlineData("", 7)]
    public void Finds_every_word_with_its_value(string word, int value)
    {
        Assert.True(Words.TryGetValue(word, out var found));
        Assert.Equal(value, found);
    }

    [Theory]
    [InlineData("tasks")] // shares length, first and last letter with two words
    [InlineData("Talks")] // ordinal: case counts
    [InlineData("talk")]
    [InlineData("talkss")]
    [InlineData("o\u2019neill")] // no folding of apostrophes: callers fold first
    [InlineData("b")]
    [InlineData("ceasefire ")]
    public void Finds_nothing_for_other_words(string word)
    {
        Assert.False(Words.TryGetValue(word, out var found));
        Assert.Equal(0, found);
    }

    [Fact]
    public void Reads_a_word_inside_a_longer_text_by_its_span()
    {
        const string Text = "the truce held";
        Assert.True(Words.TryGetValue(Text.AsSpan(4, 5), out var found));
        Assert.Equal(3, found);
        Assert.False(Words.TryGetValue(Text.AsSpan(4, 6), out _));
    }

    [Fact]
    public void Finds_nothing_for_the_empty_word_when_it_is_not_listed()
    {
        var lookup = new WordLookup<string>([new("talks", "x")]);
        Assert.False(lookup.TryGetValue(ReadOnlySpan<char>.Empty, out var found));
        Assert.Null(found);
        Assert.Equal(1, lookup.Count);
    }

    [Fact]
    public void Keeps_the_first_value_of_a_word_given_twice()
    {
        var lookup = new WordLookup<int>([new("truce", 1), new("truce", 2)]);
        Assert.True(lookup.TryGetValue("truce", out var found));
        Assert.Equal(1, found);
        Assert.Equal(1, lookup.Count);
    }

    [Fact]
    public void Finds_each_of_many_words_that_crowd_the_table()
    {
        var words = Enumerable.Range(0, 5000).Select(i => new KeyValuePair<string, int>("w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i)).ToList();
        var lookup = new WordLookup<int>(words);
        foreach (var (word, value) in words)
        {
            Assert.True(lookup.TryGetValue(word, out var found));
            Assert.Equal(value, found);
        }

        Assert.False(lookup.TryGetValue("w5000", out _));
        Assert.False(lookup.TryGetValue("x1", out _));
    }
}
