using Attest.Storage;

namespace Attest.Cli;

/// <summary>Writes documents to the store in transactions of <c>commitEvery</c> documents, so a large ingest
/// is fast and a killed run keeps everything committed before it.</summary>
internal sealed class StoreWriter(SqliteStore store, int commitEvery) : IDisposable
{
    private StoreBatch? batch;
    private int pending;

    public AddResult Add(NewDocument document, string analyzerVersion, string analysisJson)
    {
        batch ??= store.BeginBatch();
        var result = batch.Add(document, analyzerVersion, analysisJson);
        if (++pending >= commitEvery)
        {
            Commit();
        }

        return result;
    }

    public void Commit()
    {
        if (batch is null)
        {
            return;
        }

        batch.Commit();
        batch.Dispose();
        batch = null;
        pending = 0;
    }

    /// <summary>Disposing without <see cref="Commit"/> rolls back only the open batch.</summary>
    public void Dispose() => batch?.Dispose();
}
