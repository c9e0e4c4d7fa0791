using System.Text;
using Attest.Text;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The text layer over about 1 MB of synthetic news: normalisation alone and the whole layer
/// (normalise, lower-case, paragraphs, tokens, sentences), on clean text and on the same text made messy
/// (CRLF line ends, no-break spaces, decomposed accents, zero-width spaces).</summary>
[MemoryDiagnoser]
public class TextLayerBenchmarks
{
    private string _clean = "";
    private string _messy = "";
    private TextLayerBuilder _builder = TextLayerBuilder.Default;

    [GlobalSetup]
    public void Setup()
    {
        _clean = SyntheticNews.Build(1_000_000);
        _messy = _clean
            .Replace("\n", "\r\n", StringComparison.Ordinal)
            .Replace(" km", "\u00A0km", StringComparison.Ordinal)
            .Replace("é", "e\u0301", StringComparison.Ordinal)
            .Replace("ceasefire", "cease\u200Bfire", StringComparison.Ordinal);
        _builder = TextLayerBuilder.Default;
    }

    [Benchmark]
    public CleanText Normalize_clean() => TextNormalizer.Normalize(_clean);

    [Benchmark]
    public CleanText Normalize_messy() => TextNormalizer.Normalize(_messy);

    [Benchmark(Baseline = true)]
    public TextLayer Build_clean() => _builder.Build(_clean);

    [Benchmark]
    public TextLayer Build_messy() => _builder.Build(_messy);

    /// <summary>Deterministic news-like text: headlines, paragraphs, quotes, abbreviations, numbers, lists,
    /// footnote markers and addresses, written for this benchmark.</summary>
    private static class SyntheticNews
    {
        private static readonly string[] Headlines =
        [
            "Border clash leaves two soldiers dead",
            "Envoy summoned over embassy attack",
            "Talks resume in a neutral capital",
            "Observers report new trenches near the line",
        ];

        private static readonly string[] Sentences =
        [
            "The ministry said on Tuesday that {0} shells hit the outskirts of the town overnight.",
            "“We will not accept this,” Dr. Maren Holt told reporters in the capital.",
            "Gen. Ivo Park said the U.S. delegation would arrive at 9 a.m. on Sept. 18.",
            "Aid worth ${0},250,000.50 was pledged by the E.U. and the U.K., according to the statement[3].",
            "Observers counted {0}.5 km of new trenches near the border, i.e. well beyond the agreed line.",
            "The full report is available at https://example.org/reports/{0}/border.pdf.",
            "Questions may be sent to press@example.org or posted on example.com.",
            "Was the ceasefire violated? Both sides say it was the other.",
            "Residents described the night as “terrifying… endless”, and some fled to nearby villages.",
            "Acme Corp. and Northwind Ltd. supplied generators, blankets, food etc. to the shelters.",
            "Under Art. 22 of the convention, the host state must protect the premises of a mission.",
            "Prof. J. R. Lindqvist called the strike “a clear breach of international law.”",
            "Casualty figures rose to {0},000 by Friday; the previous estimate was 850.",
            "The envoy's car was damaged, and the embassy’s gate was set on fire.",
            "Pro-government media called it an anti-peace provocation.",
            "Staff at the café on the main square were evacuated before noon.",
            "\"He left. She stayed,\" a neighbour said, adding that the shelling lasted 3 hours.",
            "The mayor (who was not injured) said the damage was \"considerable\".",
        ];

        public static string Build(int length)
        {
            var text = new StringBuilder(length + 2_000);
            for (var article = 0; text.Length < length; article++)
            {
                text.Append(Headlines[article % Headlines.Length]).Append("\n\n");
                var paragraphs = 3 + (article % 3);
                for (var p = 0; p < paragraphs; p++)
                {
                    var count = 2 + ((article + p) % 4);
                    for (var s = 0; s < count; s++)
                    {
                        var pattern = Sentences[((article * 7) + (p * 5) + (s * 3)) % Sentences.Length];
                        text.Append(pattern.Replace("{0}", (article % 97 + s).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
                        text.Append(s + 1 < count ? " " : "\n\n");
                    }
                }

                if (article % 4 == 0)
                {
                    text.Append("The statement demands:\n1. an independent investigation;\n2. access for observers;\n")
                        .Append("3. compensation for the victims.\n\n• Ceasefire monitors\n• Prisoner exchange\n\n");
                }
            }

            return text.ToString();
        }
    }
}
