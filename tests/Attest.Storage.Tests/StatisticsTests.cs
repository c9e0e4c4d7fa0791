namespace Attest.Storage.Tests;

public sealed class StatisticsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void An_empty_store_counts_nothing_but_has_a_file()
    {
        using SqliteStore store = folder.Open();

        StoreStatistics statistics = store.Statistics();

        Assert.Equal((0L, 0L, 0L, 0L), (statistics.Documents, statistics.Analyses, statistics.Bytes, statistics.Characters));
        Assert.True(statistics.FileBytes > 0);
    }

    [Fact]
    public void Counts_documents_and_analyses_and_sums_raw_bytes_and_characters()
    {
        using SqliteStore store = folder.Open();
        NewDocument ascii = Some.Document("Plain text.", "a.txt");
        NewDocument accented = Some.Document("Željana — čšž.", "b.txt");
        store.Add(ascii, "v1", Some.Json());
        store.Add(accented, "v1", Some.Json());
        store.Add(accented, "v2", Some.Json());

        StoreStatistics statistics = store.Statistics();

        Assert.Equal(2, statistics.Documents);
        Assert.Equal(3, statistics.Analyses);
        Assert.Equal(ascii.Provenance.Bytes + accented.Provenance.Bytes, statistics.Bytes);
        Assert.NotEqual(statistics.Bytes, statistics.Characters);
        Assert.Equal(ascii.Text.Length + accented.Text.Length, statistics.Characters);
    }
}
