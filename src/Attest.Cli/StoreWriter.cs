using Attest.Lexicons;
using Attest.Linking;
using Attest.Storage;

namespace Attest.Cli;

/// <summary>Writes documents to the store in transactions of <c>commitEvery</c> documents, so a large ingest
/// is fast and a killed run keeps everything committed before it. After each commit the incident record is
/// brought up to date with the committed documents (<see cref="SqliteStore.UpdateIncidents"/>), so incidents are
/// relinked incrementally as documents arrive.</summary>
/// <param name="lexicons">The lexicons the documents were analysed with; they tell the linker countries and
/// regions from towns and which state an outlet belongs to. Null: the bundled lexicons.</param>
internal sealed class StoreWriter(SqliteStore store, int commitEvery, LexiconSet? lexicons = null) : IDisposable
{
    private StoreBatch? batch;
    private int pending;
    private Gazetteer? gazetteer;

    /// <summary>What the last incident update did, or null before the first commit.</summary>
    public IncidentUpdate? LastIncidentUpdate { get; private set; }

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
        gazetteer ??= Gazetteer.From(lexicons ?? LexiconSet.Bundled);
        LastIncidentUpdate = store.UpdateIncidents(gazetteer);
    }

    /// <summary>Disposing without <see cref="Commit"/> rolls back only the open batch.</summary>
    public void Dispose() => batch?.Dispose();
}
