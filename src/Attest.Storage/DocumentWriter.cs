using Microsoft.Data.Sqlite;

namespace Attest.Storage;

/// <summary>
/// The prepared statements of an add, created once per connection and re-bound for every document, so a large
/// ingest parses each statement once. Callers hold the store's lock and supply the open transaction.
/// </summary>
internal sealed class DocumentWriter : IDisposable
{
    private readonly SqliteCommand findDocument;
    private readonly SqliteCommand insertDocument;
    private readonly SqliteCommand insertSource;
    private readonly SqliteCommand insertAnalysis;

    public DocumentWriter(SqliteConnection connection)
    {
        findDocument = Prepare(connection, "SELECT id FROM documents WHERE sha256 = $sha256",
            "$sha256");
        insertDocument = Prepare(connection, """
            INSERT INTO documents (sha256, source, bytes, format, encoding, ingested_at, title, published, publisher, author, text, characters, reader, retrieved_at, removed)
            VALUES ($sha256, $source, $bytes, $format, $encoding, $ingested_at, $title, $published, $publisher, $author, $text, $characters, $reader, $retrieved_at, $removed)
            RETURNING id
            """,
            "$sha256", "$source", "$bytes", "$format", "$encoding", "$ingested_at", "$title", "$published", "$publisher", "$author", "$text", "$characters", "$reader", "$retrieved_at", "$removed");
        insertSource = Prepare(connection, """
            INSERT INTO document_sources (document_id, source, file_name, ingested_at)
            VALUES ($document_id, $source, $file_name, $ingested_at)
            ON CONFLICT (document_id, source) DO NOTHING
            """,
            "$document_id", "$source", "$file_name", "$ingested_at");
        insertAnalysis = Prepare(connection, """
            INSERT INTO analyses (document_id, analyzer_version, json)
            VALUES ($document_id, $analyzer_version, $json)
            ON CONFLICT (document_id, analyzer_version) DO NOTHING
            """,
            "$document_id", "$analyzer_version", "$json");
    }

    /// <summary>Checks an add's arguments before anything is written; returns the SHA-256 in lowercase.</summary>
    public static string Validate(NewDocument document, string analyzerVersion, string analysisJson)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(document.Provenance);
        ArgumentNullException.ThrowIfNull(document.Text);
        ArgumentException.ThrowIfNullOrWhiteSpace(analyzerVersion);
        ArgumentNullException.ThrowIfNull(analysisJson);
        DocumentProvenance provenance = document.Provenance;
        ArgumentException.ThrowIfNullOrEmpty(provenance.Source);
        ArgumentNullException.ThrowIfNull(provenance.Format);
        ArgumentNullException.ThrowIfNull(provenance.Encoding);
        ArgumentOutOfRangeException.ThrowIfNegative(provenance.Bytes);
        if (!Sha256.IsValid(provenance.Sha256))
        {
            throw new ArgumentException($"provenance SHA-256 must be 64 hex digits, got '{provenance.Sha256}'", nameof(document));
        }

        return provenance.Sha256.ToLowerInvariant();
    }

    /// <summary>Adds the document if its SHA-256 is new, records the source, and adds the analysis if its version is new.</summary>
    public AddResult Add(SqliteTransaction transaction, NewDocument document, string sha256, string analyzerVersion, string analysisJson)
    {
        DocumentProvenance provenance = document.Provenance;
        string ingestedAt = Timestamps.Format(provenance.IngestedAt);

        findDocument.Transaction = transaction;
        findDocument.Parameters[0].Value = sha256;
        object? existing = findDocument.ExecuteScalar();

        long documentId;
        bool documentAdded = existing is null;
        if (existing is long id)
        {
            documentId = id;
        }
        else
        {
            SqliteParameterCollection p = insertDocument.Parameters;
            p[0].Value = sha256;
            p[1].Value = provenance.Source;
            p[2].Value = provenance.Bytes;
            p[3].Value = provenance.Format;
            p[4].Value = provenance.Encoding;
            p[5].Value = ingestedAt;
            p[6].Value = (object?)document.Title ?? DBNull.Value;
            p[7].Value = (object?)document.Published ?? DBNull.Value;
            p[8].Value = (object?)document.Publisher ?? DBNull.Value;
            p[9].Value = (object?)document.Author ?? DBNull.Value;
            p[10].Value = document.Text;
            p[11].Value = document.Text.Length;
            p[12].Value = (object?)provenance.Reader ?? DBNull.Value;
            p[13].Value = provenance.RetrievedAt is { } retrieved ? Timestamps.Format(retrieved) : DBNull.Value;
            p[14].Value = RemovedSpans.ToJson(provenance.Removed);
            insertDocument.Transaction = transaction;
            documentId = (long)insertDocument.ExecuteScalar()!;
        }

        insertSource.Transaction = transaction;
        insertSource.Parameters[0].Value = documentId;
        insertSource.Parameters[1].Value = provenance.Source;
        insertSource.Parameters[2].Value = SourceNames.FileName(provenance.Source);
        insertSource.Parameters[3].Value = ingestedAt;
        insertSource.ExecuteNonQuery();

        insertAnalysis.Transaction = transaction;
        insertAnalysis.Parameters[0].Value = documentId;
        insertAnalysis.Parameters[1].Value = analyzerVersion;
        insertAnalysis.Parameters[2].Value = analysisJson;
        bool analysisAdded;
        try
        {
            analysisAdded = insertAnalysis.ExecuteNonQuery() == 1;
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == SqliteCodes.ConstraintCheck)
        {
            throw new ArgumentException($"analysis of '{provenance.Source}' is not valid JSON", nameof(analysisJson), e);
        }

        return new AddResult(documentId, documentAdded, analysisAdded);
    }

    public void Dispose()
    {
        findDocument.Dispose();
        insertDocument.Dispose();
        insertSource.Dispose();
        insertAnalysis.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (string name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
