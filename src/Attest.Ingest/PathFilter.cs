using System.Collections.Immutable;

namespace Attest.Ingest;

/// <summary>Which files a folder walk reads: with no include pattern, the readable formats
/// (<see cref="SourceFinder.FolderExtensions"/>); with include patterns, the files that match one of them,
/// whatever their extension. Exclude patterns win over both. Files named explicitly are not filtered.</summary>
public sealed class PathFilter
{
    private PathFilter(ImmutableArray<GlobPattern> include, ImmutableArray<GlobPattern> exclude)
    {
        Include = include;
        Exclude = exclude;
    }

    /// <summary>Readable formats, nothing excluded.</summary>
    public static PathFilter Default { get; } = new([], []);

    /// <summary>Files to read; empty means the readable formats.</summary>
    public ImmutableArray<GlobPattern> Include { get; }

    /// <summary>Files and folders to skip.</summary>
    public ImmutableArray<GlobPattern> Exclude { get; }

    /// <summary>Compiles the patterns, or names the first that is not one.</summary>
    public static Parsed<PathFilter> Create(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        ArgumentNullException.ThrowIfNull(include);
        ArgumentNullException.ThrowIfNull(exclude);
        var included = ImmutableArray.CreateBuilder<GlobPattern>();
        var excluded = ImmutableArray.CreateBuilder<GlobPattern>();
        foreach (var (patterns, into) in new[] { (include, included), (exclude, excluded) })
        {
            foreach (var pattern in patterns)
            {
                var parsed = GlobPattern.Parse(pattern);
                if (!parsed.Success)
                {
                    return Parsed<PathFilter>.Fail(parsed.Error!);
                }

                into.Add(parsed.Value!);
            }
        }

        return Parsed<PathFilter>.Ok(new PathFilter(included.ToImmutable(), excluded.ToImmutable()));
    }

    /// <summary>True when the walk should read the file at <paramref name="relativePath"/>.</summary>
    public bool Reads(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (Skips(relativePath))
        {
            return false;
        }

        return Include.IsEmpty
            ? SourceFinder.FolderExtensions.Contains(Path.GetExtension(relativePath).ToLowerInvariant())
            : Include.Any(p => p.IsMatch(relativePath));
    }

    /// <summary>True when an exclude pattern matches the file or folder at <paramref name="relativePath"/>.</summary>
    public bool Skips(string relativePath) => Exclude.Any(p => p.IsMatch(relativePath));
}
