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

    [Theory]
    [InlineData("o'neill", 5)]
    [InlineData("o\u2019neill", 5)] // typographic apostrophe inside the word
    [InlineData("o\u02BCneill", 5)]
    [InlineData("truce", 3)]
    public void Finds_a_word_written_with_typographic_marks_when_folding(string word, int value)
    {
        Assert.True(Words.TryGetFolded(word, out var found));
        Assert.Equal(value, found);
    }

    [Theory]
    [InlineData("cease\u2010fire", "cease-fire", 8)] // non-breaking hyphens read as plain ones
    [InlineData("cease\u2011fire", "cease-fire", 8)]
    [InlineData("\u2019til", "'til", 9)] // a folded character at an end changes the word's first letter
    [InlineData("rock\u2019n\u2019roll\u2019", "rock'n'roll'", 10)] // and its last
    public void Folds_marks_at_either_end_and_inside(string written, string stored, int value)
    {
        var lookup = new WordLookup<int>([new(stored, value)]);
        Assert.True(lookup.TryGetFolded(written, out var found));
        Assert.Equal(value, found);
    }

    [Theory]
    [InlineData("tasks")]
    [InlineData("o\u2019neil")]
    [InlineData("\u2019")]
    [InlineData("Truce")]
    public void Finds_nothing_for_other_words_when_folding(string word)
    {
        Assert.False(Words.TryGetFolded(word, out var found));
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

    [Theory]
    [InlineData("ab", "ba")]
    [InlineData("abc", "abd")]
    [InlineData("abcd", "abce")]
    [InlineData("abcde", "abcdf")] // the last four characters are read twice; the first block differs not
    [InlineData("abcdefg", "abcxefg")] // a difference only in the characters both blocks read
    [InlineData("ceasefire", "ceasefirf")]
    [InlineData("municipalities", "municipalitiez")]
    [InlineData("consulate-general", "consulate-generam")]
    public void Tells_words_of_every_length_from_their_near_twins(string word, string twin)
    {
        var lookup = new WordLookup<int>([new(word, 1)]);
        Assert.True(lookup.TryGetValue(word, out _));
        Assert.True(lookup.TryGetFolded(word, out _));
        Assert.False(lookup.TryGetValue(twin, out _));
        Assert.False(lookup.TryGetFolded(twin, out _));
    }

    [Theory]
    [InlineData("ɐb")] // a character at U+0200 or above that folding leaves alone
    [InlineData("abɐcdef")]
    [InlineData("中文")]
    public void Finds_words_with_characters_that_do_not_fold_alike_either_way(string word)
    {
        var lookup = new WordLookup<int>([new(word, 3)]);
        Assert.True(lookup.TryGetValue(word, out var found));
        Assert.Equal(3, found);
        Assert.True(lookup.TryGetFolded(word, out found));
        Assert.Equal(3, found);
    }
}
