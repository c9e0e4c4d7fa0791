using Attest.Model;
using Attest.Text;

namespace Attest.Analysis;

/// <summary>The analyzer: a pure function of (text, metadata, lexicons, rules). Immutable and safe to call
/// from many threads at once. Build it with <see cref="AnalyzerBuilder"/>.</summary>
public sealed class Analyzer
{
    private readonly TextLayerBuilder textLayer;

    internal Analyzer(string version, TextLayerBuilder textLayer)
    {
        Version = version;
        this.textLayer = textLayer;
    }

    /// <summary>Code version plus a fingerprint of the lexicons, stored with every analysis.</summary>
    public string Version { get; }

    /// <summary>An analyzer over the bundled lexicons only.</summary>
    public static Analyzer Default { get; } = new AnalyzerBuilder().Build();

    public DocumentAnalysis Analyze(string text, DocumentMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var layer = textLayer.Build(text);
        return new DocumentAnalysis
        {
            AnalyzerVersion = Version,
            Text = layer.Text,
            Metadata = metadata ?? DocumentMetadata.Empty,
            Statistics = new TextStatistics(layer.Text.Length, layer.Paragraphs.Length, layer.Sentences.Length, layer.Tokens.Length),
        };
    }
}
