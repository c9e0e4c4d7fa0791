using Microsoft.Data.Sqlite;

namespace Attest.Storage;

/// <summary>
/// The schema history, oldest first. A released step is never edited: a change to the schema is a new step
/// appended at the end, so every older file can be brought forward one step at a time.
/// </summary>
internal static class Migrations
{
    /// <summary>Every step, in order; <c>All[i].Version == i + 1</c>.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        // The text is the last column of a document row: SQLite reads a row's columns in order through its
        // overflow pages, so listing documents never has to walk past their texts.
        new(1, "documents with provenance and text; analyses per analyzer version", """
            CREATE TABLE documents (
                id          INTEGER PRIMARY KEY,
                sha256      TEXT    NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
                source      TEXT    NOT NULL,
                bytes       INTEGER NOT NULL CHECK (bytes >= 0),
                format      TEXT    NOT NULL,
                encoding    TEXT    NOT NULL,
                ingested_at TEXT    NOT NULL,
                title       TEXT,
                published   TEXT,
                publisher   TEXT,
                author      TEXT,
                characters  INTEGER NOT NULL CHECK (characters >= 0),
                text        TEXT    NOT NULL
            ) STRICT;
            CREATE TABLE analyses (
                id               INTEGER PRIMARY KEY,
                document_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                analyzer_version TEXT    NOT NULL CHECK (length(analyzer_version) > 0),
                json             TEXT    NOT NULL CHECK (json_valid(json)),
                UNIQUE (document_id, analyzer_version)
            ) STRICT;
            """),
        new(2, "full-text index over document title and text", """
            CREATE VIRTUAL TABLE documents_fts USING fts5 (
                title, text,
                content = 'documents', content_rowid = 'id',
                tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
                INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
            END;
            CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
                INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
            END;
            CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
                INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
                INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
            END;
            INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
            """),
        new(3, "every source a document was ingested from, for lookup by path or file name", $"""
            CREATE TABLE document_sources (
                document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                source      TEXT    NOT NULL,
                file_name   TEXT    NOT NULL,
                ingested_at TEXT    NOT NULL,
                PRIMARY KEY (document_id, source)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX document_sources_source ON document_sources (source);
            CREATE INDEX document_sources_file_name ON document_sources (file_name);
            INSERT INTO document_sources (document_id, source, file_name, ingested_at)
                SELECT id, source, {SourceNames.SqlFunction}(source), ingested_at FROM documents;
            """),
        new(4, "incident reports, cross-document incidents, text fingerprints and near-copies", """
            CREATE TABLE incidents (
                id             INTEGER PRIMARY KEY,
                event_type     TEXT    NOT NULL,
                target         TEXT,
                date           TEXT,
                date_first     INTEGER,
                date_last      INTEGER,
                countries      TEXT    NOT NULL,
                place          TEXT,
                latitude       REAL,
                longitude      REAL,
                accounts       INTEGER NOT NULL CHECK (accounts > 0),
                sources        INTEGER NOT NULL,
                sides          INTEGER NOT NULL,
                contradictions INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX incidents_date ON incidents (date_first);
            CREATE TABLE incident_reports (
                id            INTEGER PRIMARY KEY,
                document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                analysis_id   INTEGER NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
                idx           INTEGER NOT NULL CHECK (idx >= 0),
                event_type    TEXT    NOT NULL,
                target        TEXT,
                date          TEXT,
                date_first    INTEGER,
                date_last     INTEGER,
                countries     TEXT    NOT NULL,
                place         TEXT,
                latitude      REAL,
                longitude     REAL,
                perpetrator   TEXT,
                killed        INTEGER,
                injured       INTEGER,
                motive        TEXT,
                modality      TEXT    NOT NULL,
                reported_by   TEXT,
                mission_owner TEXT,
                publisher     TEXT,
                issuer        TEXT,
                side          TEXT,
                evidence_start  INTEGER NOT NULL,
                evidence_length INTEGER NOT NULL,
                rule_id         TEXT    NOT NULL,
                incident_id   INTEGER REFERENCES incidents (id) ON DELETE SET NULL,
                UNIQUE (document_id, idx)
            ) STRICT;
            CREATE INDEX incident_reports_incident ON incident_reports (incident_id);
            CREATE TABLE incident_report_countries (
                country   TEXT    NOT NULL,
                report_id INTEGER NOT NULL REFERENCES incident_reports (id) ON DELETE CASCADE,
                PRIMARY KEY (country, report_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX incident_report_countries_report ON incident_report_countries (report_id);
            CREATE TABLE incident_documents (
                document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
                analysis_id INTEGER NOT NULL
            ) STRICT;
            CREATE TABLE document_fingerprints (
                document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
                shingles    INTEGER NOT NULL CHECK (shingles >= 0),
                signature   BLOB    NOT NULL
            ) STRICT;
            CREATE TABLE near_duplicates (
                document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                original_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                resemblance REAL    NOT NULL,
                containment REAL    NOT NULL,
                PRIMARY KEY (document_id, original_id),
                CHECK (original_id < document_id)
            ) STRICT, WITHOUT ROWID;
            """),
        new(5, "provenance: the reader and its version, the retrieval time of fetched documents, the text removed at ingest", """
            ALTER TABLE documents ADD COLUMN reader TEXT;
            ALTER TABLE documents ADD COLUMN retrieved_at TEXT;
            ALTER TABLE documents ADD COLUMN removed TEXT NOT NULL DEFAULT '[]';
            """),
        // Reports stored before this step have no person until their document is analysed again.
        new(6, "incident reports: the named person a detention, arrest or abduction was aimed at", """
            ALTER TABLE incident_reports ADD COLUMN target_person TEXT;
            CREATE INDEX incident_reports_person ON incident_reports (date_first) WHERE target_person IS NOT NULL;
            """),
        // Forgetting a document's copies looks it up as the original too; without this index every update read
        // all pairs once per pending document, which grew with the square of a corpus full of copies.
        new(7, "an index of near-copies by their original", """
            CREATE INDEX near_duplicates_original ON near_duplicates (original_id);
            """),
    ];

    /// <summary>The version a store has once every step has run.</summary>
    public static int Latest => All.Count;

    /// <summary>
    /// Brings the store on <paramref name="connection"/> up to <paramref name="target"/> and returns the versions
    /// applied now. Each step runs in its own write transaction together with its row in <c>schema_version</c>,
    /// and the current version is read again inside that transaction, so a step runs exactly once even when two
    /// processes open the same old file at the same moment.
    /// </summary>
    public static IReadOnlyList<int> Apply(SqliteConnection connection, string path, int target)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(target, Latest);

        EnsureVersionTable(connection, path);
        int current = CurrentVersion(connection, null);
        if (current > Latest)
        {
            throw new StoreException(path, $"schema version {current} is newer than this version of Attest supports ({Latest}); use a newer Attest");
        }

        var applied = new List<int>();
        foreach (Migration step in All)
        {
            if (step.Version <= current || step.Version > target)
            {
                continue;
            }

            using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            if (CurrentVersion(connection, transaction) >= step.Version)
            {
                continue;
            }

            using (SqliteCommand command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = step.Sql;
                command.ExecuteNonQuery();
            }

            using (SqliteCommand record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($version, $description, $applied_at)";
                record.Parameters.AddWithValue("$version", step.Version);
                record.Parameters.AddWithValue("$description", step.Description);
                record.Parameters.AddWithValue("$applied_at", Timestamps.Format(DateTimeOffset.UtcNow));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
            applied.Add(step.Version);
        }

        return applied;
    }

    /// <summary>The highest version recorded in <c>schema_version</c>; 0 for a new file.</summary>
    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return checked((int)(long)command.ExecuteScalar()!);
    }

    private static void EnsureVersionTable(SqliteConnection connection, string path)
    {
        using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;

        // A database that has tables but no version table belongs to some other program: adding ours to it
        // would mix two applications' data in one file.
        command.CommandText = """
            SELECT (SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'),
                   (SELECT count(*) FROM sqlite_schema WHERE type IN ('table', 'view'))
            """;
        long hasVersionTable;
        long tables;
        using (SqliteDataReader reader = command.ExecuteReader())
        {
            reader.Read();
            hasVersionTable = reader.GetInt64(0);
            tables = reader.GetInt64(1);
        }

        if (hasVersionTable == 0)
        {
            if (tables > 0)
            {
                throw new StoreException(path, "is an SQLite database but not an Attest store (it has no schema_version table)");
            }

            command.CommandText = """
                CREATE TABLE schema_version (
                    version     INTEGER PRIMARY KEY,
                    description TEXT NOT NULL,
                    applied_at  TEXT NOT NULL
                ) STRICT
                """;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
