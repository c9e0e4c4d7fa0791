namespace Attest.Storage.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_second_store_reads_committed_data_while_a_batch_holds_the_write_lock()
    {
        using SqliteStore writer = folder.Open();
        using SqliteStore reader = folder.Open();
        using StoreBatch batch = writer.BeginBatch();
        batch.Add(Some.Numbered(1), Some.Version, Some.Json());
        batch.Commit();
        batch.Add(Some.Numbered(2), Some.Version, Some.Json());

        // The reader neither waits for the open transaction nor sees into it.
        Assert.Equal(["corpus/n1.txt"], reader.Documents().Select(d => d.Provenance.Source));
        Assert.Single(reader.Search("border"));
        Assert.False(reader.HasAnalysis(Some.Numbered(2).Provenance.Sha256, Some.Version));

        batch.Commit();
        Assert.Equal(2, reader.Statistics().Documents);
    }

    [Fact]
    public async Task A_reader_polling_during_a_long_ingest_never_sees_a_document_without_its_analysis()
    {
        using SqliteStore writer = folder.Open();
        using SqliteStore reader = folder.Open();
        const int total = 400;
        var mismatches = new List<StoreStatistics>();
        int reads = 0;

        Task ingest = Task.Run(() =>
        {
            using StoreBatch batch = writer.BeginBatch();
            for (int n = 0; n < total; n++)
            {
                batch.Add(Some.Numbered(n), Some.Version, Some.Json());
                if (batch.Pending == 20)
                {
                    batch.Commit();
                }
            }

            batch.Commit();
        });

        long seen = 0;
        while (!ingest.IsCompleted)
        {
            StoreStatistics statistics = reader.Statistics();
            reads++;
            if (statistics.Documents != statistics.Analyses || statistics.Documents < seen)
            {
                mismatches.Add(statistics);
            }

            seen = statistics.Documents;
        }

        await ingest;
        Assert.Empty(mismatches);
        Assert.Equal(total, reader.Statistics().Documents);
        Assert.True(reads > 1);
    }

    [Fact]
    public void Calls_from_several_threads_on_one_store_are_serialised()
    {
        using SqliteStore store = folder.Open();

        Parallel.For(0, 200, n =>
        {
            NewDocument document = Some.Numbered(n % 50);
            store.Add(document, Some.Version, Some.Json());
            Assert.True(store.HasAnalysis(document.Provenance.Sha256, Some.Version));
        });

        StoreStatistics statistics = store.Statistics();
        Assert.Equal((50, 50), (statistics.Documents, statistics.Analyses));
    }

    [Fact]
    public void Two_stores_writing_one_file_take_turns()
    {
        using SqliteStore first = folder.Open();
        using SqliteStore second = folder.Open();

        Parallel.Invoke(
            () => AddRange(first, 0, 100),
            () => AddRange(second, 50, 150));

        StoreStatistics statistics = first.Statistics();
        Assert.Equal((150, 150), (statistics.Documents, statistics.Analyses));
    }

    private static void AddRange(SqliteStore store, int from, int to)
    {
        for (int n = from; n < to; n++)
        {
            store.Add(Some.Numbered(n), Some.Version, Some.Json());
        }
    }
}
