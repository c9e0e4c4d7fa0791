namespace Attest.Storage.Tests;

public sealed class FindTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteStore store;
    private readonly StoredDocument first;
    private readonly StoredDocument second;

    public FindTests()
    {
        store = folder.Open();
        store.Add(Some.Document("First statement about the embassy.", "/data/inbox/statement.txt"), Some.Version, Some.Json());
        store.Add(Some.Document("Second statement about the border.", "https://example.org/news/statement.txt?id=7"), Some.Version, Some.Json());
        IReadOnlyList<StoredDocument> documents = store.Documents();
        first = documents[0];
        second = documents[1];
    }

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Finds_by_id()
    {
        Assert.Equal(second, store.Find(second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(first, store.Find($" {first.Id} "));
    }

    [Fact]
    public void Finds_by_hash_prefix_of_at_least_six_digits_in_either_case()
    {
        string sha = second.Provenance.Sha256;

        Assert.Equal(second, store.Find(sha[..6]));
        Assert.Equal(second, store.Find(sha[..12].ToUpperInvariant()));
        Assert.Equal(second, store.Find(sha));
        Assert.Null(store.Find(sha[..5]));
    }

    [Fact]
    public void Finds_by_exact_source_path_or_url()
    {
        Assert.Equal(first, store.Find("/data/inbox/statement.txt"));
        Assert.Equal(second, store.Find("https://example.org/news/statement.txt?id=7"));
    }

    [Fact]
    public void A_file_name_shared_by_two_documents_is_ambiguous_and_find_all_lists_both()
    {
        Assert.Null(store.Find("statement.txt"));
        Assert.Equal([first, second], store.FindAll("statement.txt"));
    }

    [Fact]
    public void A_unique_file_name_finds_its_document()
    {
        store.Add(Some.Document("Third.", "reports/2024/oct/summary.html"), Some.Version, Some.Json());

        Assert.Equal("reports/2024/oct/summary.html", store.Find("summary.html")?.Provenance.Source);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("999999")]
    [InlineData("nothing.txt")]
    [InlineData("' OR 1=1 --")]
    [InlineData("%")]
    public void A_reference_to_nothing_finds_nothing(string reference)
    {
        Assert.Null(store.Find(reference));
        Assert.Empty(store.FindAll(reference));
    }
}
