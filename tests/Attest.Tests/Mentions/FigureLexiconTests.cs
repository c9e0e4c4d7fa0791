using Attest.Analysis;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;

namespace Attest.Tests.Mentions;

/// <summary>The figure vocabulary is data: the bundled file loads cleanly and a user lexicon extends it.</summary>
public sealed class FigureLexiconTests
{
    [Fact]
    public void The_bundled_figure_lexicon_has_no_defects() => Assert.Empty(FigureStageTests.Stage.Diagnostics);

    [Fact]
    public void Every_figure_kind_is_in_the_bundled_lexicons()
    {
        string[] kinds = ["figure-cue", "figure-number", "figure-bound", "figure-blocker", "figure-subset", "figure-word"];

        Assert.All(kinds, kind => Assert.NotEmpty(LexiconSet.Bundled.OfKind(kind)));
    }

    [Fact]
    public void A_user_lexicon_adds_a_cue_without_a_rebuild()
    {
        const string text = "Militants beheaded two hostages.";
        Assert.DoesNotContain("2 killed", FigureStageTests.Find(text));

        var stage = new FigureStage(LexiconSet.Bundled.With(Parse("figure-cue\tbeheaded\tbehead\tfigure=killed;pos=verb;object=yes")));

        Assert.Equal(["2 killed"], FigureStageTests.Find(text, stage));
    }

    [Fact]
    public void A_user_lexicon_adds_number_words_and_blockers()
    {
        const string score = "Three score villagers were killed.";
        const string unit = "Unit 12 was detained at the border.";
        Assert.Equal(["3 killed"], FigureStageTests.Find(score));
        Assert.Equal(["12 detained"], FigureStageTests.Find(unit));

        var stage = new FigureStage(LexiconSet.Bundled.With(Parse(
            "figure-number\tscore\t\tvalue=20;scale=yes\nfigure-blocker\tunit\t\tside=before")));

        Assert.Equal(["60 killed"], FigureStageTests.Find(score, stage));
        Assert.Empty(FigureStageTests.Find(unit, stage));
    }

    [Fact]
    public void The_analyzer_reports_figures_with_a_user_lexicon()
    {
        var builder = new AnalyzerBuilder();
        Assert.True(builder.AddLexicon(new StringReader("figure-cue\tbeheaded\t\tfigure=killed;pos=verb;object=yes\n"), "mine.tsv").Success);

        var analysis = builder.Build().Analyze("Militants beheaded two hostages.");

        Assert.Contains(analysis.Figures, f => f is { Count: 2, Kind: FigureKind.Killed });
    }

    [Theory]
    [InlineData("figure-cue\tslaughtered\t\tpos=verb", "needs figure=")]
    [InlineData("figure-cue\tslaughtered\t\tfigure=killed", "needs pos=")]
    [InlineData("figure-cue\tslaughtered\t\tfigure=dead;pos=verb", "needs figure=")]
    [InlineData("figure-number\tgross\t\tvalue=lots", "needs value=")]
    [InlineData("figure-number\tforty two\t\tvalue=42", "must be one token")]
    [InlineData("figure-bound\tfar beyond\t\tbound=maybe", "needs bound=")]
    [InlineData("figure-blocker\tstorey\t\tside=left", "needs side=")]
    [InlineData("figure-word\tthereupon\t\trole=adverb", "unknown role")]
    [InlineData("figure-word\tthereupon", "needs role=")]
    public void A_malformed_entry_is_skipped_with_its_file_and_line(string line, string message)
    {
        var stage = new FigureStage(LexiconSet.Bundled.With(Parse(line)));

        var diagnostic = Assert.Single(stage.Diagnostics);
        Assert.StartsWith("mine.tsv:1: ", diagnostic);
        Assert.Contains(message, diagnostic);
    }

    private static IEnumerable<LexiconEntry> Parse(string lines)
    {
        var parsed = LexiconFile.Parse(new StringReader(lines), "mine.tsv");
        Assert.True(parsed.Success, parsed.Error);
        return parsed.Value!;
    }
}
