using Microsoft.Data.Sqlite;

namespace Attest.Storage.Tests;

public sealed class ProvenanceTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_reader_the_retrieval_time_and_the_removed_text_are_stored_with_the_document()
    {
        using var store = folder.Open();
        NewDocument plain = Some.Document("Embassy attacked overnight, the ministry said.", "https://news.example/a");
        var retrieved = new DateTimeOffset(2024, 10, 15, 8, 0, 0, TimeSpan.Zero);
        NewDocument document = plain with
        {
            Provenance = plain.Provenance with
            {
                Reader = "attest-ingest 0.1.0; SmartReader 0.11.1",
                RetrievedAt = retrieved,
                Removed = [new RemovedSpan(46, 46, "\nShare via \"email\" <b>now</b>", "share"), new RemovedSpan(10, 10, "[1]", "footnote-marker")],
            },
        };

        store.Add(document, Some.Version, Some.Json());

        StoredDocument stored = Assert.Single(store.Documents());
        Assert.Equal(document.Provenance, stored.Provenance);
        Assert.Equal("\nShare via \"email\" <b>now</b>", stored.Provenance.Removed[0].Text);
        Assert.Equal(retrieved, stored.Provenance.RetrievedAt);
    }

    [Fact]
    public void A_document_read_from_a_file_has_no_retrieval_time_and_nothing_removed()
    {
        using var store = folder.Open();

        store.Add(Some.Document("A plain statement."), Some.Version, Some.Json());

        StoredDocument stored = Assert.Single(store.Documents());
        Assert.Null(stored.Provenance.RetrievedAt);
        Assert.Null(stored.Provenance.Reader);
        Assert.Empty(stored.Provenance.Removed);
    }

    [Fact]
    public void Documents_stored_before_the_provenance_columns_existed_read_with_none()
    {
        string path = folder.StorePath("old.db");
        using (SqliteStore old = SqliteStore.Open(path, targetVersion: 4))
        {
            Assert.Equal(4, old.SchemaVersion);
        }

        using (var connection = OpenTests.RawConnection(path))
        using (SqliteCommand insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO documents (sha256, source, bytes, format, encoding, ingested_at, title, text, characters)
                VALUES ($sha, 'old/statement.txt', 27, 'text', 'utf-8', '2024-10-14T09:30:00.0000000+02:00',
                        NULL, 'Stored by an older version.', 27);
                """;
            insert.Parameters.AddWithValue("$sha", new string('b', 64));
            insert.ExecuteNonQuery();
        }

        using SqliteStore store = SqliteStore.Open(path);

        Assert.Equal(Migrations.Latest, store.SchemaVersion);
        StoredDocument stored = Assert.Single(store.Documents());
        Assert.Null(stored.Provenance.Reader);
        Assert.Null(stored.Provenance.RetrievedAt);
        Assert.Empty(stored.Provenance.Removed);
    }
}
