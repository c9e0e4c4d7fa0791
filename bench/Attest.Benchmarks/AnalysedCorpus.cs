using Attest.Analysis;
using Attest.Model;
using Attest.Text;

namespace Attest.Benchmarks;

/// <summary>The benchmark corpus analysed once by the default analyzer, with the text layers its stages read:
/// the inputs of a benchmark that times one later stage alone.</summary>
internal sealed class AnalysedCorpus
{
    private static readonly Lazy<AnalysedCorpus> Shared = new(() => new AnalysedCorpus());

    private AnalysedCorpus()
    {
        Analyzer = new AnalyzerBuilder().Build();
        Layers = BenchCorpus.Layers(new TextLayerBuilder(AbbreviationLexicon.FromEntries(Analyzer.Lexicons.All)));
        Analyses = [.. BenchCorpus.Texts.Select(t => Analyzer.Analyze(t))];
        Console.WriteLine($"// corpus: {Layers.Length} documents, {BenchCorpus.Megabytes:0.00} MB of text");
    }

    /// <summary>The corpus, analysed on first use and then kept for the process.</summary>
    public static AnalysedCorpus Instance => Shared.Value;

    public Analyzer Analyzer { get; }

    public TextLayer[] Layers { get; }

    public DocumentAnalysis[] Analyses { get; }
}
