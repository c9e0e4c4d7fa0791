namespace Attest.Storage;

/// <summary>
/// Adds that share one transaction, for speed on large corpora. <see cref="Commit"/> makes everything added so
/// far durable and keeps the batch open for more; <see cref="Dispose"/> discards what was not committed. Each add
/// is atomic on its own: a document is never stored without the analysis it was added with. A batch is driven
/// from one thread at a time.
/// </summary>
/// <example>
/// <code>
/// using StoreBatch batch = store.BeginBatch();
/// foreach (var (document, json) in analysed)
/// {
///     batch.Add(document, version, json);
///     if (batch.Pending >= 500) batch.Commit();
/// }
/// batch.Commit();
/// </code>
/// </example>
public sealed class StoreBatch : IDisposable
{
    private readonly SqliteStore store;

    internal StoreBatch(SqliteStore store)
    {
        this.store = store;
    }

    /// <summary>Adds made since the batch opened or last committed, including those that changed nothing.</summary>
    public int Pending { get; private set; }

    /// <summary>Total adds committed by this batch.</summary>
    public int Committed { get; private set; }

    /// <summary>As <see cref="SqliteStore.Add"/>, inside the batch's transaction.</summary>
    /// <exception cref="ObjectDisposedException">The batch or its store has been disposed.</exception>
    public AddResult Add(NewDocument document, string analyzerVersion, string analysisJson)
    {
        AddResult result;
        try
        {
            result = store.AddInBatch(this, document, analyzerVersion, analysisJson);
        }
        catch
        {
            // A failure that made SQLite abandon the whole transaction took the pending adds with it.
            if (!store.HasOpenTransaction)
            {
                Pending = 0;
            }

            throw;
        }

        Pending++;
        return result;
    }

    /// <summary>Makes every pending add durable; the batch stays open.</summary>
    public void Commit()
    {
        store.CommitBatch(this);
        Committed += Pending;
        Pending = 0;
    }

    /// <summary>Ends the batch, discarding pending adds.</summary>
    public void Dispose() => store.EndBatch(this);
}
