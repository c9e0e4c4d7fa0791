namespace Attest.Storage.Tests;

public sealed class SearchTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteStore store;

    public SearchTests()
    {
        store = folder.Open();
    }

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void The_document_using_a_word_more_often_ranks_first()
    {
        long once = Add("A long report on many matters. The embassy is mentioned once among the harvest figures, the weather and the roads.", "once.txt");
        long often = Add("The embassy was attacked. The embassy staff left. The embassy is closed.", "often.txt");
        Add("Nothing relevant here at all.", "none.txt");

        IReadOnlyList<SearchHit> hits = store.Search("embassy");

        Assert.Equal([often, once], hits.Select(h => h.DocumentId));
        Assert.True(hits[0].Rank > hits[1].Rank);
    }

    [Fact]
    public void A_word_in_the_title_outranks_the_same_word_in_the_text()
    {
        long inText = Add("Officials met on Tuesday. The consulate remained open to visitors.", "text.txt", title: "Weekly briefing");
        long inTitle = Add("Officials met on Tuesday. The office remained open to visitors.", "title.txt", title: "Consulate briefing");

        Assert.Equal([inTitle, inText], store.Search("consulate").Select(h => h.DocumentId));
    }

    [Fact]
    public void The_snippet_marks_matches_with_brackets_on_one_line()
    {
        Add("The ministry said on Monday.\nThe embassy was attacked\n\nby a crowd of protesters.", "a.txt", title: "Statement");

        SearchHit hit = Assert.Single(store.Search("embassy crowd"));

        Assert.Equal("The ministry said on Monday. The [embassy] was attacked by a [crowd] of protesters.", hit.Snippet);
        Assert.Equal("a.txt", hit.Source);
        Assert.Equal("Statement", hit.Title);
    }

    [Fact]
    public void All_words_must_occur_in_a_document()
    {
        long both = Add("Troops crossed the border near the river.", "both.txt");
        Add("Troops were seen in the capital.", "troops.txt");

        Assert.Equal([both], store.Search("troops river").Select(h => h.DocumentId));
    }

    [Fact]
    public void A_quoted_phrase_matches_only_those_words_in_that_order()
    {
        long phrase = Add("There was a border clash near the river.", "phrase.txt");
        long apart = Add("The clash happened far from the border.", "apart.txt");

        Assert.Equal([phrase], store.Search("\"border clash\"").Select(h => h.DocumentId));
        Assert.Equal([phrase, apart], store.Search("border clash").Select(h => h.DocumentId).Order());
    }

    [Fact]
    public void Case_diacritics_and_prefixes()
    {
        long id = Add("Protesters gathered outside the embassy in Željana.", "a.txt");

        Assert.Equal([id], store.Search("EMBASSY").Select(h => h.DocumentId));
        Assert.Equal([id], store.Search("zeljana").Select(h => h.DocumentId));
        Assert.Equal([id], store.Search("protest*").Select(h => h.DocumentId));
        Assert.Empty(store.Search("protest"));
    }

    [Theory]
    [InlineData("\"; DROP TABLE documents; --")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(embassy attack, 2)")]
    [InlineData("a OR")]
    [InlineData("OR")]
    [InlineData("AND NOT")]
    [InlineData("embassy AND")]
    [InlineData("(embassy")]
    [InlineData("embassy)")]
    [InlineData("\"unbalanced")]
    [InlineData("\"\"\"")]
    [InlineData("*")]
    [InlineData("embassy*\"*\"")]
    [InlineData("^embassy")]
    [InlineData("title:embassy")]
    [InlineData("{title text}: embassy")]
    [InlineData("-embassy +attack")]
    [InlineData("\0embassy\0")]
    [InlineData("\\ / % _ ? [ ] { } | ~ ` @ # $ &")]
    public void Hostile_input_neither_fails_nor_changes_the_store(string query)
    {
        Add("The embassy was attacked by a crowd.", "a.txt");

        IReadOnlyList<SearchHit> hits = store.Search(query);

        Assert.InRange(hits.Count, 0, 1);
        Assert.Equal(1, store.Statistics().Documents);
        Assert.Single(store.Search("embassy"));
    }

    [Theory]
    [InlineData("embassy OR", "b.txt")]
    [InlineData("NEAR(embassy", "b.txt")]
    [InlineData("embassy NOT consulate", "")]
    [InlineData("\"embassy", "a.txt b.txt")]
    [InlineData("(embassy)", "a.txt b.txt")]
    public void Operator_words_and_punctuation_are_searched_as_text_not_obeyed(string query, string expectedSources)
    {
        Add("The embassy was attacked by a crowd.", "a.txt");
        Add("The embassy or the consulate, near embassy row.", "b.txt");

        IReadOnlyList<SearchHit> hits = store.Search(query);

        Assert.Equal(expectedSources, string.Join(' ', hits.Select(h => h.Source).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Limit_caps_the_number_of_hits_and_must_be_positive()
    {
        for (int n = 0; n < 5; n++)
        {
            store.Add(Some.Numbered(n), Some.Version, Some.Json());
        }

        Assert.Equal(3, store.Search("border", limit: 3).Count);
        Assert.Equal(5, store.Search("border").Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Search("border", limit: 0));
    }

    [Fact]
    public void An_empty_store_and_an_empty_query_give_no_hits()
    {
        Assert.Empty(store.Search("embassy"));
        Add("The embassy.", "a.txt");
        Assert.Empty(store.Search("   "));
    }

    private long Add(string text, string source, string? title = null) =>
        store.Add(Some.Document(text, source, title), Some.Version, Some.Json()).DocumentId;
}
