using System.Security.Cryptography;
using Attest.Ingest;
using Attest.Storage;
using Microsoft.Data.Sqlite;

namespace Attest.Cli.Tests;

/// <summary>Killing <c>attest analyze</c> in the middle of a large ingest and running it again ends with every
/// document stored exactly once.</summary>
public sealed class ResumeTests
{
    [Fact]
    public void A_killed_ingest_run_again_stores_every_document_exactly_once()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("corpus");
        var (files, _) = new SyntheticCorpus(7).WriteTo(folder, 1024 * 1024);
        var store = temp.Combine("a.db");

        // One thread keeps the first run slow enough to be killed between two commits.
        using (var first = CliProcess.Start("analyze", folder, "--store", store, "--threads", "1"))
        {
            first.StandardInput.Close();
            _ = first.StandardOutput.ReadToEndAsync();
            _ = first.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (Stored(store) < 256 && !first.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }

            Assert.False(first.HasExited, "the first run finished before it could be killed");
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }

        var killedAt = Stored(store);
        Assert.InRange(killedAt, 256, files - 1);

        var (code, output, error) = CliProcess.Run("", "analyze", folder, "--store", store);

        Assert.True(code == 0, error);
        var paths = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
        var hashes = paths.Select(p => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p)))).ToHashSet(StringComparer.Ordinal);
        using var opened = SqliteStore.Open(store);
        var documents = opened.Documents();
        Assert.Equal(hashes.Count, documents.Count);
        Assert.Equal(hashes.Count, documents.Select(d => d.Provenance.Sha256).Distinct(StringComparer.Ordinal).Count());
        Assert.True(hashes.SetEquals(documents.Select(d => d.Provenance.Sha256)));
        Assert.Contains($"{hashes.Count - killedAt} added, {files - (hashes.Count - killedAt)} already stored, 0 failed", output);
    }

    /// <summary>Committed documents, read without disturbing the writer; 0 before the store exists.</summary>
    private static int Stored(string store)
    {
        if (!File.Exists(store))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // The schema is being created or the file is locked for a moment: nothing committed to count yet.
            return 0;
        }
    }
}
