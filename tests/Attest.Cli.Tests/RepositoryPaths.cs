using System.Reflection;

namespace Attest.Cli.Tests;

/// <summary>Finds the repository root (the folder holding Attest.slnx) and the shared evaluation data beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Attest.slnx")))
            {
                return dir.FullName;
            }
        }

        // Built outside the repository (--artifacts-path): fall back to the folder the sources were built from.
        var built = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "Attest.slnx")))
        {
            return built;
        }

        throw new InvalidOperationException("Attest.slnx not found above " + AppContext.BaseDirectory);
    }
}
