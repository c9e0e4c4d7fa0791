using Attest.Text;

namespace Attest.Tests.Text;

/// <summary>Shared helpers for the text-layer tests.</summary>
internal static class TextFixtures
{
    /// <summary>A path inside the shared folder next to the repository.</summary>
    public static string Shared(params string[] parts) => RepositoryRoot.Shared(parts);

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
