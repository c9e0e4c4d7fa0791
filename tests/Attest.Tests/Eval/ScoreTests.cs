using Attest.Eval;

namespace Attest.Tests.Eval;

public sealed class ScoreTests
{
    [Theory]
    [InlineData(2, 1, 1, 0.6667, 0.6667, 0.6667)]
    [InlineData(3, 0, 1, 1.0, 0.75, 0.8571)]
    [InlineData(1, 3, 0, 0.25, 1.0, 0.4)]
    [InlineData(5, 0, 0, 1.0, 1.0, 1.0)]
    public void Ratios_follow_the_counts(int tp, int fp, int fn, double precision, double recall, double f1)
    {
        var score = new Score(tp, fp, fn);

        Assert.Equal(precision, score.Precision, 4);
        Assert.Equal(recall, score.Recall, 4);
        Assert.Equal(f1, score.F1, 4);
    }

    [Fact]
    public void Nothing_to_find_and_nothing_claimed_scores_one()
    {
        var score = new Score(0, 0, 0);

        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void Gold_with_no_prediction_scores_zero_including_undefined_precision()
    {
        var score = new Score(0, 0, 3);

        Assert.Equal((0.0, 0.0, 0.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void Predictions_with_no_gold_score_zero_including_undefined_recall()
    {
        var score = new Score(0, 2, 0);

        Assert.Equal((0.0, 0.0, 0.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void Scores_add_count_by_count() =>
        Assert.Equal(new Score(3, 5, 7), new Score(1, 2, 3) + new Score(2, 3, 4));
}
