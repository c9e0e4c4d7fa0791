using System.Collections.Immutable;

namespace Attest.Ingest;

/// <summary>Expands the paths a user gives into the files to read: files as given, folders recursively
/// (readable formats only, hidden entries skipped), in a stable order.</summary>
public static class SourceFinder
{
    /// <summary>Extensions read when walking a folder. A file named explicitly is read whatever its extension.</summary>
    public static ImmutableArray<string> FolderExtensions { get; } = [".txt", ".text", ".md", ".html", ".htm", ".pdf"];

    /// <summary>Expands <paramref name="paths"/> with the default filter (readable formats, nothing excluded).</summary>
    public static IEnumerable<SourceEntry> Expand(IEnumerable<string> paths) => Expand(paths, PathFilter.Default);

    /// <summary>Expands <paramref name="paths"/>: files as given, folders walked with <paramref name="filter"/>
    /// deciding which files and folders are read (patterns are matched against paths relative to each folder named).</summary>
    public static IEnumerable<SourceEntry> Expand(IEnumerable<string> paths, PathFilter filter)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(filter);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return SourceEntry.File(path);
            }
            else if (Directory.Exists(path))
            {
                foreach (var entry in Walk(path, filter))
                {
                    yield return entry;
                }
            }
            else
            {
                yield return SourceEntry.Failed(path, "no such file or folder");
            }
        }
    }

    private static IEnumerable<SourceEntry> Walk(string root, PathFilter filter)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            string[] files;
            string[] folders;
            string? error = null;
            try
            {
                files = Directory.GetFiles(folder);
                folders = Directory.GetDirectories(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                files = [];
                folders = [];
                error = "cannot list folder: " + OneLine(e.Message);
            }

            if (error is not null)
            {
                yield return SourceEntry.Failed(folder, error);
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                if (!name.StartsWith('.') && filter.Reads(Path.GetRelativePath(root, file)))
                {
                    yield return SourceEntry.File(file);
                }
            }

            Array.Sort(folders, StringComparer.Ordinal);
            for (var i = folders.Length - 1; i >= 0; i--)
            {
                if (!Path.GetFileName(folders[i]).StartsWith('.') && !filter.Skips(Path.GetRelativePath(root, folders[i])))
                {
                    pending.Push(folders[i]);
                }
            }
        }
    }

    internal static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
