namespace Attest.Storage.Tests;

public sealed class AddTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteStore store;

    public AddTests()
    {
        store = folder.Open();
    }

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Adds_a_new_document_with_its_provenance_metadata_and_analysis()
    {
        NewDocument document = Some.Document("The embassy was attacked.", "corpus/a.txt", "Statement", "2024-10-14", "Ministry", "Spokesperson");

        AddResult result = store.Add(document, Some.Version, Some.Json());

        Assert.True(result.DocumentAdded);
        Assert.True(result.AnalysisAdded);
        StoredDocument stored = Assert.Single(store.Documents());
        Assert.Equal(result.DocumentId, stored.Id);
        Assert.Equal(document.Provenance, stored.Provenance);
        Assert.Equal(("Statement", "2024-10-14", "Ministry", "Spokesperson"), (stored.Title, stored.Published, stored.Publisher, stored.Author));
        Assert.Equal(document.Text.Length, stored.Characters);
        Assert.Equal(document.Text, store.Text(stored.Id));
        Assert.Equal(Some.Json(), store.AnalysisJson(stored.Id));
    }

    [Fact]
    public void Adding_the_same_bytes_twice_adds_nothing_the_second_time()
    {
        NewDocument document = Some.Document("The embassy was attacked.");
        AddResult first = store.Add(document, Some.Version, Some.Json("first"));

        AddResult second = store.Add(document, Some.Version, Some.Json("second"));

        Assert.Equal(new AddResult(first.DocumentId, DocumentAdded: false, AnalysisAdded: false), second);
        Assert.Equal(new StoreStatistics(1, 1, document.Provenance.Bytes, document.Text.Length, store.Statistics().FileBytes), store.Statistics());
        Assert.Equal(Some.Json("first"), store.AnalysisJson(first.DocumentId));
    }

    [Fact]
    public void Same_bytes_from_another_path_are_one_document_that_remembers_both_sources()
    {
        NewDocument original = Some.Document("The embassy was attacked.", "inbox/a.txt");
        NewDocument copy = original with { Provenance = original.Provenance with { Source = "archive/copy-of-a.txt" } };
        AddResult first = store.Add(original, Some.Version, Some.Json());

        AddResult second = store.Add(copy, Some.Version, Some.Json());

        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.False(second.DocumentAdded);
        Assert.Equal(["archive/copy-of-a.txt", "inbox/a.txt"], store.Sources(first.DocumentId).Order());
        Assert.Equal("inbox/a.txt", Assert.Single(store.Documents()).Provenance.Source);
        Assert.Equal(first.DocumentId, store.Find("copy-of-a.txt")?.Id);
    }

    [Fact]
    public void A_new_analyzer_version_adds_an_analysis_to_the_existing_document()
    {
        NewDocument document = Some.Document("The embassy was attacked.");
        AddResult first = store.Add(document, "attest 0.1.0", Some.Json("v1"));

        AddResult second = store.Add(document, "attest 0.2.0", Some.Json("v2"));

        Assert.Equal(new AddResult(first.DocumentId, DocumentAdded: false, AnalysisAdded: true), second);
        Assert.Equal(2, store.Statistics().Analyses);
        Assert.Equal(Some.Json("v2"), store.AnalysisJson(first.DocumentId));
        Assert.Equal(Some.Json("v1"), store.AnalysisJson(first.DocumentId, "attest 0.1.0"));
        Assert.Null(store.AnalysisJson(first.DocumentId, "attest 9.9.9"));
        Assert.Equal(["attest 0.1.0", "attest 0.2.0"], store.AnalyzerVersions(first.DocumentId));
    }

    [Fact]
    public void Has_analysis_answers_per_hash_and_version_and_ignores_hash_case()
    {
        NewDocument document = Some.Document("The embassy was attacked.");
        string sha = document.Provenance.Sha256;
        Assert.False(store.HasAnalysis(sha, Some.Version));

        store.Add(document, Some.Version, Some.Json());

        Assert.True(store.HasAnalysis(sha, Some.Version));
        Assert.True(store.HasAnalysis(sha.ToUpperInvariant(), Some.Version));
        Assert.False(store.HasAnalysis(sha, "attest 0.2.0"));
        Assert.False(store.HasAnalysis(new string('0', 64), Some.Version));
    }

    [Fact]
    public void An_analysis_that_is_not_json_is_refused_and_leaves_no_document_behind()
    {
        var e = Assert.Throws<ArgumentException>(() => store.Add(Some.Document("Text."), Some.Version, "{not json"));

        Assert.Equal("analysisJson", e.ParamName);
        Assert.Equal(0, store.Statistics().Documents);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    [InlineData("")]
    public void A_provenance_hash_that_is_not_64_hex_digits_is_a_programming_error(string sha)
    {
        NewDocument document = Some.Document("Text.");
        document = document with { Provenance = document.Provenance with { Sha256 = sha } };

        Assert.Throws<ArgumentException>(() => store.Add(document, Some.Version, Some.Json()));
        Assert.Equal(0, store.Statistics().Documents);
    }

    [Fact]
    public void An_uppercase_hash_is_stored_in_lowercase()
    {
        NewDocument document = Some.Document("Text.");
        string sha = document.Provenance.Sha256;

        store.Add(document with { Provenance = document.Provenance with { Sha256 = sha.ToUpperInvariant() } }, Some.Version, Some.Json());

        Assert.Equal(sha, Assert.Single(store.Documents()).Provenance.Sha256);
    }

    [Fact]
    public void Documents_are_listed_in_id_order_and_unknown_ids_give_null()
    {
        long[] ids = [.. Enumerable.Range(1, 5).Select(n => store.Add(Some.Numbered(n), Some.Version, Some.Json()).DocumentId)];

        Assert.Equal(ids, store.Documents().Select(d => d.Id));
        Assert.Null(store.Text(ids.Max() + 1));
        Assert.Null(store.AnalysisJson(ids.Max() + 1));
    }
}
