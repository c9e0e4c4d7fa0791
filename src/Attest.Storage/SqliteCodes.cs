namespace Attest.Storage;

/// <summary>SQLite result codes the store reacts to (from sqlite3.h).</summary>
internal static class SqliteCodes
{
    public const int Busy = 5;
    public const int ReadOnly = 8;
    public const int Corrupt = 11;
    public const int CantOpen = 14;
    public const int NotADatabase = 26;

    /// <summary>SQLITE_CONSTRAINT_CHECK: a CHECK constraint failed.</summary>
    public const int ConstraintCheck = 275;
}
