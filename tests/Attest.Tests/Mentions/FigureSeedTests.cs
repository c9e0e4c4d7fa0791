using Attest.Eval;
using Attest.Lexicons;
using Attest.Model;

namespace Attest.Tests.Mentions;

/// <summary>The figure stage against the gold of the example documents and of the bundled sample corpus, scored
/// as the scorer scores figures: distinct (count, lower bound, kind) keys per document.</summary>
public sealed class FigureSeedTests
{
    [Fact]
    public void Finds_the_seed_figures_with_f1_of_at_least_0_9()
    {
        var (precision, recall) = Score(
            RepositoryRoot.Shared("corpus", "seeds"),
            RepositoryRoot.SeedGold,
            FigureStageTests.Stage);

        Assert.True(F1(precision, recall) >= 0.9, $"precision {precision:0.000}, recall {recall:0.000}");
    }

    [Fact]
    public void Finds_the_sample_corpus_figures_with_f1_of_at_least_0_9()
    {
        var lexicon = LexiconFile.Parse(new StreamReader(Path.Combine(RepositoryRoot.Path, "samples", "lexicon.tsv")), "samples/lexicon.tsv");
        var stage = new Attest.Mentions.FigureStage(LexiconSet.Bundled.With(lexicon.Value!));

        var (precision, recall) = Score(
            Path.Combine(RepositoryRoot.Path, "samples", "corpus"),
            Path.Combine(RepositoryRoot.Path, "samples", "gold"),
            stage);

        Assert.True(F1(precision, recall) >= 0.9, $"precision {precision:0.000}, recall {recall:0.000}");
    }

    private static (double Precision, double Recall) Score(string docs, string gold, Attest.Mentions.FigureStage stage)
    {
        int truePositives = 0, predicted = 0, expected = 0;
        foreach (var goldPath in Directory.GetFiles(gold, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var goldDocument = GoldReader.Read(goldPath);
            Assert.True(goldDocument.Success, goldDocument.Error);
            var text = File.ReadAllText(Path.Combine(docs, goldDocument.Value!.Doc));
            var want = goldDocument.Value.Figures.Where(f => !f.Optional).Select(f => Key(f.Count, f.CountMin, f.Kind)).ToHashSet();
            var got = FigureStageTests.Figures(text, stage).Select(f => Key(f.Count, f.CountMin, f.Kind)).ToHashSet();
            truePositives += got.Count(want.Contains);
            predicted += got.Count;
            expected += want.Count;
        }

        return (predicted == 0 ? 0 : (double)truePositives / predicted, expected == 0 ? 1 : (double)truePositives / expected);
    }

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private static string Key(long? count, long? countMin, FigureKind kind) => $"{count}|{countMin}|{kind}";
}
