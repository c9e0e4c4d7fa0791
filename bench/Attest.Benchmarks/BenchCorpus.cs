using Attest.Ingest;
using Attest.Text;

namespace Attest.Benchmarks;

/// <summary>The corpus every analysis benchmark reads: about 2 million characters of the generated corpus
/// (seed 1), so figures from different benchmarks compare. MB/s = <see cref="Megabytes"/> / mean time.</summary>
internal static class BenchCorpus
{
    private const long Characters = 2_000_000;

    /// <summary>The documents, generated once per process.</summary>
    public static string[] Texts { get; } = Generate();

    /// <summary>Size of the text, printed by each benchmark's setup.</summary>
    public static double Megabytes { get; } = Texts.Sum(t => (long)t.Length) / (1024.0 * 1024.0);

    /// <summary>Text layers of every document, for benchmarks that time the stages after the text layer.</summary>
    public static TextLayer[] Layers(TextLayerBuilder builder) => [.. Texts.Select(builder.Build)];

    private static string[] Generate()
    {
        var corpus = new SyntheticCorpus(seed: 1);
        var texts = new List<string>();
        long chars = 0;
        while (chars < Characters)
        {
            var text = corpus.Next();
            texts.Add(text);
            chars += text.Length;
        }

        return [.. texts];
    }
}
