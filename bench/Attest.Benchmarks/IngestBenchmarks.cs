using System.Text;
using Attest.Ingest;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>Ingest alone on one core: the benchmark corpus as UTF-8 bytes read into documents (encoding,
/// cleaning, boilerplate, metadata, hash), the work <c>attest analyze</c> does per file before the analyzer.
/// MB/s = <see cref="Megabytes"/> / mean time.</summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private byte[][] files = [];

    /// <summary>Size of the generated corpus.</summary>
    public double Megabytes => BenchCorpus.Megabytes;

    [GlobalSetup]
    public void Setup() => files = [.. BenchCorpus.Texts.Select(Encoding.UTF8.GetBytes)];

    [Benchmark]
    public int Read()
    {
        var count = 0;
        for (var i = 0; i < files.Length; i++)
        {
            count += DocumentReader.FromBytes("bench.txt", files[i]).Value!.Text.Length;
        }

        return count;
    }
}
