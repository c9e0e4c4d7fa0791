using Attest.Text;

namespace Attest.Tests.Text;

/// <summary>Shared helpers for the text-layer tests.</summary>
internal static class TextFixtures
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Attest.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("no folder containing Attest.slnx above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding Attest.slnx).</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>A path inside the shared folder next to the repository.</summary>
    public static string Shared(params string[] parts) =>
        Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", .. parts]));

    public static TextLayer Build(string text) => TextLayerBuilder.Default.Build(text);

    /// <summary>The text of each sentence.</summary>
    public static string[] Sentences(string text)
    {
        var layer = Build(text);
        return layer.Sentences.Select(s => s.Span.In(layer.Text).ToString()).ToArray();
    }

    /// <summary>The text of each token.</summary>
    public static string[] Tokens(string text)
    {
        var layer = Build(text);
        return Enumerable.Range(0, layer.Tokens.Length).Select(i => layer.TokenText(i).ToString()).ToArray();
    }

    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
