using Microsoft.Data.Sqlite;

namespace Attest.Storage;

/// <summary>The file name of a source, so a user can refer to a document by it.</summary>
internal static class SourceNames
{
    /// <summary>Name of the SQL function registered on every store connection; used by the migration that backfills names.</summary>
    public const string SqlFunction = "attest_file_name";

    /// <summary>
    /// The last segment of a path or URL: <c>a/b/report.html</c> and <c>https://host/b/report.html?id=3#top</c>
    /// both give <c>report.html</c>. Both separators count, because a store made on one system may be read on
    /// another. A source with no last segment (a URL ending in <c>/</c>) is its own name.
    /// </summary>
    public static string FileName(string source)
    {
        ReadOnlySpan<char> name = source.AsSpan();
        if (Uri.TryCreate(source, UriKind.Absolute, out Uri? uri) && !uri.IsFile)
        {
            name = uri.AbsolutePath.AsSpan();
        }

        int separator = name.LastIndexOfAny('/', '\\');
        ReadOnlySpan<char> last = name[(separator + 1)..];
        if (last.IsEmpty)
        {
            return source;
        }

        if (uri is not null && !uri.IsFile)
        {
            return Uri.UnescapeDataString(last.ToString());
        }

        return last.Length == source.Length ? source : last.ToString();
    }

    public static void Register(SqliteConnection connection) =>
        connection.CreateFunction(SqlFunction, (string source) => FileName(source), isDeterministic: true);
}
