namespace Attest.Ingest;

/// <summary>One input the user named or a folder held: a file to read, or a one-line reason it cannot be.</summary>
public sealed record SourceEntry(string Path, string? Error)
{
    public static SourceEntry File(string path) => new(path, null);

    public static SourceEntry Failed(string path, string error) => new(path, error);
}
