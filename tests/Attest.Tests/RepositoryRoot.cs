using System.Reflection;

namespace Attest.Tests;

/// <summary>The repository root (the folder holding Attest.slnx) and the shared evaluation data beside it.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The gold files that annotate the example documents.</summary>
    public static string SeedGold => Shared("eval", "seeds");

    /// <summary>A path inside the shared folder next to the repository.</summary>
    public static string Shared(params string[] parts) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine([Path, "..", "shared", .. parts]));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Attest.slnx")))
            {
                return dir.FullName;
            }
        }

        // Built outside the repository (--artifacts-path): fall back to the folder the sources were built from.
        var built = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (built is not null && File.Exists(System.IO.Path.Combine(built, "Attest.slnx")))
        {
            return built;
        }

        throw new InvalidOperationException("Attest.slnx not found above " + AppContext.BaseDirectory);
    }
}
