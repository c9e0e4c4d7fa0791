namespace Attest.Storage;

/// <summary>
/// The store file cannot be used: missing permissions, not a database, not an Attest store, or a newer schema.
/// The message is one line naming the file, fit to print as it is.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string path, string reason, Exception? inner = null)
        : base($"store '{path}': {reason}", inner)
    {
        StorePath = path;
    }

    /// <summary>The full path of the store file.</summary>
    public string StorePath { get; }
}
