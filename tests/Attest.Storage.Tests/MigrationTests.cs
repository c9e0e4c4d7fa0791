using Microsoft.Data.Sqlite;

namespace Attest.Storage.Tests;

public sealed class MigrationTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Steps_are_numbered_one_to_latest_in_order()
    {
        Assert.Equal(Enumerable.Range(1, Migrations.Latest), Migrations.All.Select(m => m.Version));
        Assert.All(Migrations.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Description)));
    }

    [Fact]
    public void A_new_file_gets_every_step_once_and_records_each()
    {
        using SqliteStore store = folder.Open();

        Assert.Equal(Enumerable.Range(1, Migrations.Latest), store.AppliedMigrations);
        Assert.Equal(Migrations.Latest, store.SchemaVersion);
        Assert.Equal(Enumerable.Range(1, Migrations.Latest).Select(v => (long)v), RecordedVersions(folder.StorePath()));
    }

    [Fact]
    public void Opening_a_current_file_again_runs_no_step()
    {
        using (folder.Open())
        {
        }

        IReadOnlyList<string> firstRecord = RecordedRows(folder.StorePath());

        using (SqliteStore again = folder.Open())
        {
            Assert.Empty(again.AppliedMigrations);
            Assert.Equal(Migrations.Latest, again.SchemaVersion);
        }

        Assert.Equal(firstRecord, RecordedRows(folder.StorePath()));
    }

    [Fact]
    public void A_version_1_file_with_data_is_migrated_and_its_documents_become_searchable_and_findable()
    {
        string path = folder.StorePath();
        using (SqliteStore old = SqliteStore.Open(path, targetVersion: 1))
        {
            Assert.Equal(1, old.SchemaVersion);
        }

        // Rows as the first release wrote them: no search index, no table of sources.
        using (var connection = OpenTests.RawConnection(path))
        using (SqliteCommand insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO documents (sha256, source, bytes, format, encoding, ingested_at, title, text, characters)
                VALUES ($sha, 'old/press-release.txt', 40, 'text', 'utf-8', '2024-10-14T09:30:00.0000000+02:00',
                        'Old release', 'The consulate was attacked during the night.', 45);
                INSERT INTO analyses (document_id, analyzer_version, json) VALUES (last_insert_rowid(), 'attest 0.0.1', '{"old":true}');
                """;
            insert.Parameters.AddWithValue("$sha", new string('a', 64));
            insert.ExecuteNonQuery();
        }

        using SqliteStore store = SqliteStore.Open(path);

        Assert.Equal(Enumerable.Range(2, Migrations.Latest - 1), store.AppliedMigrations);
        Assert.Equal(Migrations.Latest, store.SchemaVersion);
        SearchHit hit = Assert.Single(store.Search("consulate"));
        Assert.Equal("old/press-release.txt", hit.Source);
        Assert.Equal(hit.DocumentId, store.Find("press-release.txt")?.Id);
        Assert.Equal("""{"old":true}""", store.AnalysisJson(hit.DocumentId));
        Assert.True(store.HasAnalysis(new string('a', 64), "attest 0.0.1"));
    }

    [Fact]
    public void Two_stores_opening_one_old_file_apply_each_step_once_between_them()
    {
        string path = folder.StorePath();
        using (SqliteStore.Open(path, targetVersion: 1))
        {
        }

        SqliteStore[] stores = new SqliteStore[2];
        Parallel.For(0, 2, i => stores[i] = SqliteStore.Open(path));
        try
        {
            int[] applied = [.. stores.SelectMany(s => s.AppliedMigrations).Order()];
            Assert.Equal(Enumerable.Range(2, Migrations.Latest - 1), applied);
            Assert.Equal(Enumerable.Range(1, Migrations.Latest).Select(v => (long)v), RecordedVersions(path));
        }
        finally
        {
            foreach (SqliteStore store in stores)
            {
                store.Dispose();
            }
        }
    }

    private static IReadOnlyList<long> RecordedVersions(string path)
    {
        using var connection = OpenTests.RawConnection(path);
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_version ORDER BY version";
        using SqliteDataReader reader = command.ExecuteReader();
        var versions = new List<long>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt64(0));
        }

        return versions;
    }

    private static IReadOnlyList<string> RecordedRows(string path)
    {
        using var connection = OpenTests.RawConnection(path);
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT version || ' ' || description || ' ' || applied_at FROM schema_version ORDER BY version";
        using SqliteDataReader reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
