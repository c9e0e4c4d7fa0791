namespace Attest.Ingest;

/// <summary>Limits that keep one bad input from taking the batch down.</summary>
/// <param name="MaxBytes">Files larger than this are refused with a message (default 64 MiB).</param>
public sealed record ReadOptions(long MaxBytes = ReadOptions.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    public static ReadOptions Default { get; } = new();
}
