namespace Attest.Ingest;

/// <summary>Limits on fetching one URL.</summary>
/// <param name="Timeout">For the whole fetch: connecting, every redirect and the body (default 30 s).</param>
/// <param name="MaxRedirects">Redirects followed before giving up (default 5).</param>
public sealed record FetchOptions(TimeSpan Timeout, int MaxRedirects = 5)
{
    /// <summary>30 s, 5 redirects, the default read limits.</summary>
    public static FetchOptions Default { get; } = new(TimeSpan.FromSeconds(30));

    /// <summary>Size cap (<see cref="ReadOptions.MaxBytes"/>) and reader limits applied to the body.</summary>
    public ReadOptions Read { get; init; } = ReadOptions.Default;
}
