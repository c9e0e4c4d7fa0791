using Attest.Eval;

namespace Attest.Tests.Eval;

/// <summary>The gold files that annotate the example documents, scored against themselves.</summary>
public sealed class SeedGoldTests
{
    private static IReadOnlyList<GoldDocument> ReadSeeds()
    {
        var files = Directory.GetFiles(RepositoryRoot.SeedGold, "*.gold.json").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(5, files.Length);
        return [.. files.Select(file =>
        {
            var parsed = GoldReader.Read(file);
            Assert.True(parsed.Success, parsed.Error);
            return parsed.Value!;
        })];
    }

    [Fact]
    public void Every_seed_gold_file_reads_and_names_its_document()
    {
        foreach (var gold in ReadSeeds())
        {
            Assert.EndsWith(".txt", gold.Doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Gold_taken_as_predictions_scores_one_in_every_category_with_items()
    {
        var golds = ReadSeeds();

        var report = Scorer.Score(golds, [.. golds.Select(GoldAsPrediction.Convert)]);

        foreach (var category in report.Categories)
        {
            Assert.True(category.Score.FalsePositives == 0 && category.Score.FalseNegatives == 0, $"{category.Name}: {category.Score}");
            Assert.True(category.Score.TruePositives > 0, $"{category.Name} has no items in the seeds");
            Assert.Equal(1.0, category.Score.F1);
        }

        Assert.True(report.Linking.TruePositives > 0);
        Assert.Equal(1.0, report.Linking.F1);
        Assert.Equal(1.0, report.Micro.F1);
    }

    [Fact]
    public void Seed_incidents_that_share_a_key_across_documents_make_six_pairs()
    {
        var golds = ReadSeeds();

        var report = Scorer.Score(golds, []);

        // paris-embassy-2022-09-18 and beirut-embassy-2022-09-16 each appear in three documents: 3 + 3 pairs.
        Assert.Equal(new Score(0, 0, 6), report.Linking);
    }
}
