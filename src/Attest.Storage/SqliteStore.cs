using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Attest.Storage;

/// <summary>
/// The local store: one SQLite file holding documents with their provenance and text, their analyses per analyzer
/// version, and a full-text index. Opening runs any pending schema migrations.
/// </summary>
/// <remarks>
/// One instance holds one connection. Calls may come from several threads; they are serialised. Several
/// instances, in one process or many, may share a file: readers never wait for a writer (write-ahead log), and
/// writers take turns, waiting up to 30 seconds for each other.
/// </remarks>
public sealed partial class SqliteStore : IDisposable
{
    private const string DocumentColumns =
        "d.id, d.source, d.sha256, d.bytes, d.format, d.encoding, d.ingested_at, d.title, d.published, d.publisher, d.author, d.characters, d.reader, d.retrieved_at, d.removed";

    private const string AddSavepoint = "attest_add";

    private readonly SqliteConnection connection;
    private DocumentWriter? writer;
    private readonly Lock gate = new();
    private SqliteTransaction? transaction;
    private StoreBatch? batch;
    private bool disposed;

    private SqliteStore(string path, SqliteConnection connection, int schemaVersion, IReadOnlyList<int> appliedMigrations)
    {
        Path = path;
        this.connection = connection;
        SchemaVersion = schemaVersion;
        AppliedMigrations = appliedMigrations;
    }

    /// <summary><c>attest.db</c> in the current directory, as a full path.</summary>
    public static string DefaultPath => System.IO.Path.GetFullPath("attest.db");

    /// <summary>The full path of the store file.</summary>
    public string Path { get; }

    /// <summary>The schema version of the file; after opening it is always the newest this build knows.</summary>
    public int SchemaVersion { get; }

    /// <summary>The migration steps this open applied, oldest first; empty when the file was already current.</summary>
    internal IReadOnlyList<int> AppliedMigrations { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file and its folder when missing and running any
    /// pending migrations.
    /// </summary>
    /// <exception cref="StoreException">The file cannot be used; the message names it.</exception>
    public static SqliteStore Open(string path) => Open(path, Migrations.Latest);

    /// <summary>Opens a store brought up to <paramref name="targetVersion"/> only, to make old files in tests.</summary>
    internal static SqliteStore Open(string path, int targetVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new StoreException(fullPath, "is a folder, not a store file");
        }

        try
        {
            string? folder = System.IO.Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(fullPath, $"cannot create its folder: {e.Message}", e);
        }

        var connection = new SqliteConnection(ConnectionString(fullPath));
        try
        {
            connection.Open();
            SourceNames.Register(connection);
            using (SqliteCommand pragmas = connection.CreateCommand())
            {
                // busy_timeout first: switching to WAL briefly needs the write lock another process may hold.
                // synchronous=NORMAL in WAL mode keeps every committed transaction through a killed process;
                // only a power cut can lose the last commits, and never leaves a half-written one.
                // A 32 MiB page cache (SQLite's default is 2 MiB) keeps the full-text index's pages in memory while
                // a batch grows it; measured 1.5 times faster ingest at 20,000 documents.
                pragmas.CommandText = """
                    PRAGMA busy_timeout = 30000;
                    PRAGMA journal_mode = WAL;
                    PRAGMA synchronous = NORMAL;
                    PRAGMA foreign_keys = ON;
                    PRAGMA cache_size = -32768;
                    """;
                pragmas.ExecuteNonQuery();
            }

            IReadOnlyList<int> applied = Migrations.Apply(connection, fullPath, targetVersion);
            int version = Migrations.CurrentVersion(connection, null);
            return new SqliteStore(fullPath, connection, version, applied);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(fullPath, Describe(e), e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Adds a document (unless one with the same SHA-256 is stored) and its analysis (unless that document already
    /// has one from <paramref name="analyzerVersion"/>), in one transaction: either both are stored or neither.
    /// </summary>
    /// <param name="analysisJson">The analysis as JSON text; an existing analysis of the same version is kept, not replaced.</param>
    /// <exception cref="InvalidOperationException">A batch is open; add through it.</exception>
    public AddResult Add(NewDocument document, string analyzerVersion, string analysisJson)
    {
        string sha256 = DocumentWriter.Validate(document, analyzerVersion, analysisJson);
        lock (gate)
        {
            ThrowIfDisposed();
            if (batch is not null)
            {
                throw new InvalidOperationException("a batch is open on this store: add through the batch or dispose it first");
            }

            DocumentWriter statements = Writer();
            using SqliteTransaction single = connection.BeginTransaction(deferred: false);
            AddResult result = statements.Add(single, document, sha256, analyzerVersion, analysisJson);
            single.Commit();
            return result;
        }
    }

    /// <summary>
    /// Opens a batch: its adds share one transaction until <see cref="StoreBatch.Commit"/>, which is much faster
    /// for many documents. Disposing the batch discards what was not committed. One batch per store at a time;
    /// while it is open, reads through this store see its uncommitted adds.
    /// </summary>
    public StoreBatch BeginBatch()
    {
        lock (gate)
        {
            ThrowIfDisposed();
            if (batch is not null)
            {
                throw new InvalidOperationException("a batch is already open on this store");
            }

            batch = new StoreBatch(this);
            return batch;
        }
    }

    /// <summary>True when the document with this SHA-256 has an analysis from <paramref name="analyzerVersion"/>.</summary>
    public bool HasAnalysis(string sha256, string analyzerVersion)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        ArgumentNullException.ThrowIfNull(analyzerVersion);
        lock (gate)
        {
            using SqliteCommand command = Command("""
                SELECT EXISTS (
                    SELECT 1 FROM analyses a JOIN documents d ON d.id = a.document_id
                    WHERE d.sha256 = $sha256 AND a.analyzer_version = $analyzer_version)
                """);
            command.Parameters.AddWithValue("$sha256", sha256.ToLowerInvariant());
            command.Parameters.AddWithValue("$analyzer_version", analyzerVersion);
            return (long)command.ExecuteScalar()! == 1;
        }
    }

    /// <summary>Every document, ordered by id.</summary>
    public IReadOnlyList<StoredDocument> Documents()
    {
        lock (gate)
        {
            using SqliteCommand command = Command($"SELECT {DocumentColumns} FROM documents d ORDER BY d.id");
            return ReadDocuments(command);
        }
    }

    /// <summary>
    /// The one document <paramref name="reference"/> names, or null when it names none or several
    /// (<see cref="FindAll"/> lists them).
    /// </summary>
    /// <param name="reference">An id (<c>12</c>), a SHA-256 prefix of at least 6 hex digits, a source exactly as
    /// ingested, or a source's file name.</param>
    public StoredDocument? Find(string reference)
    {
        IReadOnlyList<StoredDocument> found = FindAll(reference);
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// Every document <paramref name="reference"/> could name, ordered by id. The kinds of reference are tried in
    /// turn and the first that matches anything wins: id, SHA-256 prefix, exact source, file name.
    /// </summary>
    public IReadOnlyList<StoredDocument> FindAll(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        string trimmed = reference.Trim();
        if (trimmed.Length == 0)
        {
            return [];
        }

        lock (gate)
        {
            if (!trimmed.AsSpan().ContainsAnyExceptInRange('0', '9')
                && long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
            {
                using SqliteCommand byId = Command($"SELECT {DocumentColumns} FROM documents d WHERE d.id = $id");
                byId.Parameters.AddWithValue("$id", id);
                IReadOnlyList<StoredDocument> found = ReadDocuments(byId);
                if (found.Count > 0)
                {
                    return found;
                }
            }

            if (trimmed.Length is >= 6 and <= Sha256.HexLength && Sha256.IsHex(trimmed))
            {
                // A range over the unique index: every lowercase hex string with this prefix sorts at or after the
                // prefix and before the prefix followed by 'g', the character after 'f'.
                string prefix = trimmed.ToLowerInvariant();
                using SqliteCommand byHash = Command(
                    $"SELECT {DocumentColumns} FROM documents d WHERE d.sha256 >= $low AND d.sha256 < $high ORDER BY d.id");
                byHash.Parameters.AddWithValue("$low", prefix);
                byHash.Parameters.AddWithValue("$high", prefix + "g");
                IReadOnlyList<StoredDocument> found = ReadDocuments(byHash);
                if (found.Count > 0)
                {
                    return found;
                }
            }

            foreach (string column in (ReadOnlySpan<string>)["source", "file_name"])
            {
                using SqliteCommand bySource = Command($"""
                    SELECT {DocumentColumns} FROM documents d
                    WHERE d.id IN (SELECT document_id FROM document_sources WHERE {column} = $reference)
                    ORDER BY d.id
                    """);
                bySource.Parameters.AddWithValue("$reference", trimmed);
                IReadOnlyList<StoredDocument> found = ReadDocuments(bySource);
                if (found.Count > 0)
                {
                    return found;
                }
            }

            return [];
        }
    }

    /// <summary>Every source the document was ingested from, first seen first.</summary>
    public IReadOnlyList<string> Sources(long documentId)
    {
        lock (gate)
        {
            using SqliteCommand command = Command(
                "SELECT source FROM document_sources WHERE document_id = $id ORDER BY ingested_at, source");
            command.Parameters.AddWithValue("$id", documentId);
            return ReadStrings(command);
        }
    }

    /// <summary>The decoded original text of a document, or null when there is no such document.</summary>
    public string? Text(long documentId)
    {
        lock (gate)
        {
            using SqliteCommand command = Command("SELECT text FROM documents WHERE id = $id");
            command.Parameters.AddWithValue("$id", documentId);
            return command.ExecuteScalar() as string;
        }
    }

    /// <summary>
    /// The analysis JSON of a document from <paramref name="analyzerVersion"/>, or the most recently added one
    /// when the version is null; null when there is none.
    /// </summary>
    public string? AnalysisJson(long documentId, string? analyzerVersion = null)
    {
        lock (gate)
        {
            using SqliteCommand command = Command(analyzerVersion is null
                ? "SELECT json FROM analyses WHERE document_id = $id ORDER BY id DESC LIMIT 1"
                : "SELECT json FROM analyses WHERE document_id = $id AND analyzer_version = $analyzer_version");
            command.Parameters.AddWithValue("$id", documentId);
            if (analyzerVersion is not null)
            {
                command.Parameters.AddWithValue("$analyzer_version", analyzerVersion);
            }

            return command.ExecuteScalar() as string;
        }
    }

    /// <summary>The analyzer versions a document has analyses from, oldest first.</summary>
    public IReadOnlyList<string> AnalyzerVersions(long documentId)
    {
        lock (gate)
        {
            using SqliteCommand command = Command("SELECT analyzer_version FROM analyses WHERE document_id = $id ORDER BY id");
            command.Parameters.AddWithValue("$id", documentId);
            return ReadStrings(command);
        }
    }

    /// <summary>
    /// Full-text search over document titles and texts, best match first. Whatever the user typed is safe to pass:
    /// whitespace separates words, all of which must occur; <c>"exact words"</c> is a phrase; <c>word*</c> matches
    /// as a prefix; nothing else has a special meaning. Case and diacritics are ignored.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        string? match = FtsQuery.Build(query);
        if (match is null)
        {
            return [];
        }

        lock (gate)
        {
            // FTS5 orders by rank itself and stops at the limit, so snippets are made for the hits returned rather
            // than for every matching document. bm25 weights: a word in the title counts as much as four in the text.
            using SqliteCommand command = Command("""
                SELECT h.id, d.source, d.title, h.snippet, h.score
                FROM (SELECT rowid AS id,
                             snippet(documents_fts, -1, '[', ']', '…', 16) AS snippet,
                             rank AS score
                      FROM documents_fts
                      WHERE documents_fts MATCH $match AND rank MATCH 'bm25(4.0, 1.0)'
                      ORDER BY rank
                      LIMIT $limit) h
                JOIN documents d ON d.id = h.id
                ORDER BY h.score, h.id
                """);
            command.Parameters.AddWithValue("$match", match);
            command.Parameters.AddWithValue("$limit", limit);
            var hits = new List<SearchHit>();
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                hits.Add(new SearchHit(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    OneLine(reader.GetString(3)),
                    -reader.GetDouble(4),
                    reader.IsDBNull(2) ? null : reader.GetString(2)));
            }

            return hits;
        }
    }

    /// <summary>Counts of documents and analyses, and sizes.</summary>
    public StoreStatistics Statistics()
    {
        lock (gate)
        {
            using SqliteCommand command = Command("""
                SELECT (SELECT count(*) FROM documents),
                       (SELECT count(*) FROM analyses),
                       (SELECT coalesce(sum(bytes), 0) FROM documents),
                       (SELECT coalesce(sum(characters), 0) FROM documents),
                       (SELECT page_count FROM pragma_page_count()) * (SELECT page_size FROM pragma_page_size())
                """);
            using SqliteDataReader reader = command.ExecuteReader();
            reader.Read();
            return new StoreStatistics(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
        }
    }

    /// <summary>Discards an open batch's uncommitted adds and closes the file.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            transaction?.Dispose();
            transaction = null;
            batch = null;
            writer?.Dispose();
            connection.Dispose();
        }
    }

    internal AddResult AddInBatch(StoreBatch owner, NewDocument document, string analyzerVersion, string analysisJson)
    {
        string sha256 = DocumentWriter.Validate(document, analyzerVersion, analysisJson);
        lock (gate)
        {
            ThrowIfNotOpen(owner);
            DocumentWriter statements = Writer();

            // The write lock is taken on the first add after a commit rather than when the batch opens, so an idle
            // batch does not keep other writers waiting.
            transaction ??= connection.BeginTransaction(deferred: false);

            // A savepoint per add: if the analysis fails after the document row went in, only this add is undone
            // and the batch's earlier adds stay pending.
            transaction.Save(AddSavepoint);
            try
            {
                AddResult result = statements.Add(transaction, document, sha256, analyzerVersion, analysisJson);
                transaction.Release(AddSavepoint);
                return result;
            }
            catch
            {
                UndoAdd();
                throw;
            }
        }
    }

    /// <summary>Whether SQLite enforces foreign keys on this store's connection (it is off by default in SQLite).</summary>
    internal bool ForeignKeysEnforced
    {
        get
        {
            lock (gate)
            {
                using SqliteCommand command = Command("SELECT foreign_keys FROM pragma_foreign_keys()");
                return (long)command.ExecuteScalar()! == 1;
            }
        }
    }

    /// <summary>True while a batch has uncommitted work in a transaction.</summary>
    internal bool HasOpenTransaction
    {
        get
        {
            lock (gate)
            {
                return transaction is not null;
            }
        }
    }

    internal void CommitBatch(StoreBatch owner)
    {
        lock (gate)
        {
            ThrowIfNotOpen(owner);
            if (transaction is not null)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = null;
            }
        }
    }

    internal void EndBatch(StoreBatch owner)
    {
        lock (gate)
        {
            if (disposed || !ReferenceEquals(batch, owner))
            {
                return;
            }

            transaction?.Dispose();
            transaction = null;
            batch = null;
        }
    }

    private static string ConnectionString(string fullPath) => new SqliteConnectionStringBuilder
    {
        DataSource = fullPath,
        Mode = SqliteOpenMode.ReadWriteCreate,

        // Without pooling, Dispose really closes the file, so it can be moved or deleted right after.
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();

    private static string Describe(SqliteException e) => e.SqliteErrorCode switch
    {
        SqliteCodes.NotADatabase => "is not an SQLite database, or is damaged",
        SqliteCodes.Corrupt => "is damaged (database disk image is malformed)",
        SqliteCodes.CantOpen => "cannot be opened: check the path and its permissions",
        SqliteCodes.ReadOnly => "is read-only, but opening it needs to write",
        SqliteCodes.Busy => "is locked by another process",
        _ => $"cannot be opened: {e.Message}",
    };

    /// <summary>FTS5 snippets keep the text's line breaks; a hit is shown on one line.</summary>
    private static string OneLine(string snippet)
    {
        var line = new StringBuilder(snippet.Length);
        bool space = false;
        foreach (char c in snippet)
        {
            if (char.IsWhiteSpace(c))
            {
                space = line.Length > 0;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(c);
        }

        return line.ToString();
    }

    private static IReadOnlyList<StoredDocument> ReadDocuments(SqliteCommand command)
    {
        var documents = new List<StoredDocument>();
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            var provenance = new DocumentProvenance(
                Source: reader.GetString(1),
                Sha256: reader.GetString(2),
                Bytes: reader.GetInt64(3),
                Format: reader.GetString(4),
                Encoding: reader.GetString(5),
                IngestedAt: Timestamps.Parse(reader.GetString(6)))
            {
                Reader = NullableString(reader, 12),
                RetrievedAt = NullableString(reader, 13) is { } retrieved ? Timestamps.Parse(retrieved) : null,
                Removed = RemovedSpans.FromJson(reader.GetString(14)),
            };
            documents.Add(new StoredDocument(
                reader.GetInt64(0),
                provenance,
                NullableString(reader, 7),
                NullableString(reader, 8),
                NullableString(reader, 9),
                NullableString(reader, 10),
                checked((int)reader.GetInt64(11))));
        }

        return documents;
    }

    private static IReadOnlyList<string> ReadStrings(SqliteCommand command)
    {
        var values = new List<string>();
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A command on the store's connection, inside the open batch's transaction when there is one.</summary>
    private SqliteCommand Command(string sql)
    {
        ThrowIfDisposed();
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>
    /// The prepared add statements, made on first use: a store opened at an old version in tests has no tables
    /// for them, and a store only read from never needs them.
    /// </summary>
    private DocumentWriter Writer() => writer ??= new DocumentWriter(connection);

    private void UndoAdd()
    {
        try
        {
            transaction!.Rollback(AddSavepoint);
            transaction.Release(AddSavepoint);
        }
        catch (SqliteException)
        {
            // SQLite already rolled the whole transaction back (disk full, I/O error): the batch's uncommitted
            // adds are gone with it. Drop the transaction so the next add starts a fresh one; the caller sees the
            // original exception.
            transaction!.Dispose();
            transaction = null;
        }
    }

    private void ThrowIfNotOpen(StoreBatch owner)
    {
        ThrowIfDisposed();
        if (!ReferenceEquals(batch, owner))
        {
            throw new ObjectDisposedException(nameof(StoreBatch), "this batch has ended");
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(disposed, this);
}
