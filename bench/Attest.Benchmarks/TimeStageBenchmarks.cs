using Attest.Lexicons;
using Attest.Mentions;
using Attest.Text;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The time stage and the document-date finder alone, on one core, over text layers built in advance
/// from about 2 MB of the generated corpus. MB/s = <see cref="Megabytes"/> / mean time; building the stage is
/// measured apart.</summary>
[MemoryDiagnoser]
public class TimeStageBenchmarks
{
    private TextLayer[] layers = [];
    private TimeStage stage = null!;
    private DocumentDateFinder finder = null!;

    /// <summary>Size of the text the layers cover, printed so the MB/s figure can be computed from the mean.</summary>
    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new TextLayerBuilder(AbbreviationLexicon.FromEntries(LexiconSet.Bundled.All));
        layers = BenchCorpus.Layers(builder);
        Megabytes = BenchCorpus.Megabytes;
        stage = new TimeStage(LexiconSet.Bundled);
        finder = new DocumentDateFinder(LexiconSet.Bundled);
        var times = layers.Sum(l => stage.Find(l, finder.Find(l)?.Value, []).Length);
        Console.WriteLine($"// corpus: {layers.Length} documents, {Megabytes:0.00} MB of text, {times} times");
    }

    /// <summary>What the analyzer runs: the document date, then the times resolved against it.</summary>
    [Benchmark(Baseline = true)]
    public int FindTimes()
    {
        var times = 0;
        foreach (var layer in layers)
        {
            times += stage.Find(layer, finder.Find(layer)?.Value, []).Length;
        }

        return times;
    }

    [Benchmark]
    public int FindDocumentDates()
    {
        var found = 0;
        foreach (var layer in layers)
        {
            found += finder.Find(layer) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark]
    public TimeStage BuildStage() => new(LexiconSet.Bundled);
}
