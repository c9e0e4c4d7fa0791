using Attest.Lexicons;
using Attest.Mentions;
using Attest.Text;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The figure stage alone, on one core, over text layers built in advance from about 2 MB of the generated
/// corpus. MB/s = <see cref="Megabytes"/> / mean time; the stage's building is measured apart.</summary>
[MemoryDiagnoser]
public class FigureStageBenchmarks
{
    private TextLayer[] layers = [];
    private FigureStage stage = null!;

    /// <summary>Size of the text the layers cover, printed so the MB/s figure can be computed from the mean.</summary>
    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new TextLayerBuilder(AbbreviationLexicon.FromEntries(LexiconSet.Bundled.All));
        layers = BenchCorpus.Layers(builder);
        Megabytes = BenchCorpus.Megabytes;
        stage = new FigureStage(LexiconSet.Bundled);
        var figures = layers.Sum(l => stage.Find(l).Length);
        Console.WriteLine($"// corpus: {layers.Length} documents, {Megabytes:0.00} MB of text, {figures} figures");
    }

    [Benchmark]
    public int FindFigures()
    {
        var figures = 0;
        foreach (var layer in layers)
        {
            figures += stage.Find(layer).Length;
        }

        return figures;
    }

    [Benchmark]
    public FigureStage BuildStage() => new(LexiconSet.Bundled);
}
