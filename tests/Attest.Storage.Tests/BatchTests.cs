namespace Attest.Storage.Tests;

public sealed class BatchTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Committed_adds_survive_and_uncommitted_adds_vanish_when_the_batch_is_disposed()
    {
        using (SqliteStore store = folder.Open())
        using (StoreBatch batch = store.BeginBatch())
        {
            batch.Add(Some.Numbered(1), Some.Version, Some.Json());
            batch.Add(Some.Numbered(2), Some.Version, Some.Json());
            batch.Commit();
            batch.Add(Some.Numbered(3), Some.Version, Some.Json());
            Assert.Equal((1, 2), (batch.Pending, batch.Committed));
        }

        using SqliteStore reopened = folder.Open();
        Assert.Equal(["corpus/n1.txt", "corpus/n2.txt"], reopened.Documents().Select(d => d.Provenance.Source));
        Assert.Equal(2, reopened.Statistics().Analyses);
        Assert.Empty(reopened.Search("\"number 3\""));
    }

    [Fact]
    public void Disposing_the_store_with_a_batch_open_discards_the_uncommitted_adds()
    {
        using (SqliteStore store = folder.Open())
        {
            StoreBatch batch = store.BeginBatch();
            batch.Add(Some.Numbered(1), Some.Version, Some.Json());
        }

        using SqliteStore reopened = folder.Open();
        Assert.Equal(0, reopened.Statistics().Documents);
    }

    [Fact]
    public void A_killed_process_leaves_every_committed_document_complete_and_nothing_else()
    {
        string path = folder.StorePath();
        string snapshot = folder.StorePath("snapshot.db");
        using (SqliteStore store = SqliteStore.Open(path))
        using (StoreBatch batch = store.BeginBatch())
        {
            for (int n = 1; n <= 3; n++)
            {
                batch.Add(Some.Numbered(n), Some.Version, Some.Json());
            }

            batch.Commit();
            long committedLog = new FileInfo(path + "-wal").Length;

            // Uncommitted documents larger than the store's page cache (32 MiB) make SQLite spill pages of the open
            // transaction to the log file before any commit: the worst state a kill can leave behind.
            for (int n = 4; n <= 7; n++)
            {
                batch.Add(Some.Numbered(n, paddingCharacters: 12_000_000), Some.Version, Some.Json());
            }

            Assert.True(new FileInfo(path + "-wal").Length > committedLog + 1_000_000);

            // Copying the files while the process still holds them open is the state a kill leaves on disk.
            File.Copy(path, snapshot);
            File.Copy(path + "-wal", snapshot + "-wal");
        }

        using SqliteStore recovered = SqliteStore.Open(snapshot);
        Assert.Equal([1L, 2L, 3L], recovered.Documents().Select(d => d.Id));
        Assert.All(recovered.Documents(), d => Assert.NotNull(recovered.AnalysisJson(d.Id)));
        Assert.Equal(3, recovered.Statistics().Analyses);
        Assert.Equal(3, recovered.Search("border").Count);
    }

    [Fact]
    public void A_failed_add_in_a_batch_is_undone_alone_and_the_batch_carries_on()
    {
        using (SqliteStore store = folder.Open())
        using (StoreBatch batch = store.BeginBatch())
        {
            batch.Add(Some.Numbered(1), Some.Version, Some.Json());
            Assert.Throws<ArgumentException>(() => batch.Add(Some.Numbered(2), Some.Version, "{broken"));
            batch.Add(Some.Numbered(3), Some.Version, Some.Json());
            batch.Commit();
            Assert.Equal(2, batch.Committed);
        }

        using SqliteStore reopened = folder.Open();
        Assert.Equal(["corpus/n1.txt", "corpus/n3.txt"], reopened.Documents().Select(d => d.Provenance.Source));
        Assert.Equal(2, reopened.Statistics().Analyses);
    }

    [Fact]
    public void Reads_through_the_store_see_the_batchs_own_uncommitted_adds()
    {
        using SqliteStore store = folder.Open();
        using StoreBatch batch = store.BeginBatch();
        NewDocument document = Some.Numbered(1);

        batch.Add(document, Some.Version, Some.Json());

        Assert.True(store.HasAnalysis(document.Provenance.Sha256, Some.Version));
        Assert.Equal(new AddResult(1, false, false), batch.Add(document, Some.Version, Some.Json()));
        Assert.Single(store.Search("border"));
    }

    [Fact]
    public void One_batch_at_a_time_and_no_direct_add_while_it_is_open()
    {
        using SqliteStore store = folder.Open();
        StoreBatch batch = store.BeginBatch();

        Assert.Throws<InvalidOperationException>(() => store.BeginBatch());
        Assert.Throws<InvalidOperationException>(() => store.Add(Some.Numbered(1), Some.Version, Some.Json()));

        batch.Dispose();
        Assert.Throws<ObjectDisposedException>(() => batch.Add(Some.Numbered(1), Some.Version, Some.Json()));
        using StoreBatch next = store.BeginBatch();
        next.Add(Some.Numbered(1), Some.Version, Some.Json());
        next.Commit();
        Assert.Equal(1, store.Statistics().Documents);
    }

    [Fact]
    public void Many_documents_committed_in_chunks_are_all_stored_once()
    {
        using SqliteStore store = folder.Open();
        using (StoreBatch batch = store.BeginBatch())
        {
            for (int n = 0; n < 1_000; n++)
            {
                batch.Add(Some.Numbered(n % 600), Some.Version, Some.Json());
                if (batch.Pending == 250)
                {
                    batch.Commit();
                }
            }

            batch.Commit();
            Assert.Equal(1_000, batch.Committed);
        }

        StoreStatistics statistics = store.Statistics();
        Assert.Equal((600, 600), (statistics.Documents, statistics.Analyses));
    }
}
