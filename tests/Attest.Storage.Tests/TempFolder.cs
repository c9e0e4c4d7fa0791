namespace Attest.Storage.Tests;

/// <summary>A fresh folder under the system temp folder for one test, deleted with everything in it afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "attest-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A store file path inside the folder; the file itself is not created.</summary>
    public string StorePath(string name = "attest.db") => System.IO.Path.Combine(Path, name);

    public SqliteStore Open(string name = "attest.db") => SqliteStore.Open(StorePath(name));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
