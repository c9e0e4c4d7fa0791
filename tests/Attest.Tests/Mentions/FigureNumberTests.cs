using Attest.Lexicons;
using Attest.Text;
using Attest.Mentions;

namespace Attest.Tests.Mentions;

/// <summary>How numbers are read, through the figure stage: each sentence has a cue, so the value shows.</summary>
public sealed class FigureNumberTests
{
    [Theory]
    [InlineData("79 people were killed.", 79)]
    [InlineData("1,200 people were killed.", 1200)]
    [InlineData("12,500,000 people were displaced.", 12500000)]
    [InlineData("3.5 million people were displaced.", 3500000)]
    [InlineData("2 million people were displaced.", 2000000)]
    [InlineData("Two thousand people were displaced.", 2000)]
    [InlineData("Two thousand five hundred people were displaced.", 2500)]
    [InlineData("One hundred and twenty people were killed.", 120)]
    [InlineData("Twenty-three people were killed.", 23)]
    [InlineData("Twenty three people were killed.", 23)]
    [InlineData("Ninety-nine people were killed.", 99)]
    [InlineData("Seven hundred thousand people were displaced.", 700000)]
    [InlineData("A dozen people were killed.", 12)]
    [InlineData("Two dozen people were killed.", 24)]
    [InlineData("A hundred people were killed.", 100)]
    [InlineData("A couple of journalists were arrested.", 2)]
    [InlineData("Fourteen were wounded.", 14)]
    [InlineData("2000 people died in the siege.", 2000)]
    public void Reads_digits_and_number_words(string text, long value) =>
        Assert.Equal(value, Assert.Single(FigureStageTests.Figures(text)).Count);

    [Theory]
    [InlineData("1,20 people were killed.")]
    [InlineData("3.5 people were killed.")]
    [InlineData("05 people were killed.")]
    [InlineData("Thousands of people were displaced.")]
    [InlineData("Dozen people were killed.")]
    [InlineData("Scores of people were wounded.")]
    public void Does_not_read_malformed_or_vague_numbers(string text) =>
        Assert.Empty(FigureStageTests.Figures(text));

    [Theory]
    [InlineData("1,200", 1200, 0L, 0)]
    [InlineData("79", 79, 0L, 0)]
    [InlineData("3.25", 3, 25L, 2)]
    [InlineData("1,000,000", 1000000, 0L, 0)]
    public void Parses_digit_tokens(string token, long whole, long fraction, int fractionDigits)
    {
        Assert.True(NumberReader.TryDigits(token, out var w, out var f, out var d));
        Assert.Equal((whole, fraction, fractionDigits), (w, f, d));
    }

    [Theory]
    [InlineData("10:30")]
    [InlineData("1,20")]
    [InlineData("12,3456")]
    [InlineData("007")]
    [InlineData("1.2.3")]
    [InlineData("1234567890123456789")]
    public void Rejects_digit_tokens_that_are_not_counts(string token) =>
        Assert.False(NumberReader.TryDigits(token, out _, out _, out _));

    [Fact]
    public void The_quick_start_test_never_rules_out_a_number_the_reader_reads()
    {
        // Every sentence of the number cases above and more shapes, read token by token: wherever TryRead finds a
        // number, CanStart must allow it, or the figure stage would silently skip that number.
        const string text = "79 people were killed. 1,200 people were killed. 3.5 million fled. Two thousand five hundred "
            + "were displaced. One hundred and twenty died. Twenty-three died. Twenty\u2011three died. A dozen were hurt. "
            + "Two dozen were hurt. A hundred were hurt. A couple of journalists were held. An estimated 400 marched. "
            + "Some forty-two were missing. Half a million fled. Nine of the twelve were freed. The 2,000-strong crowd left.";
        var layer = TextLayerBuilder.Default.Build(text);
        var words = NumberWords.For(LexiconSet.Bundled);
        var facts = NumberTokens.Of(layer, words).Facts;
        var read = 0;
        for (var t = 0; t < facts.Length; t++)
        {
            if (NumberReader.TryRead(layer, words, facts, t, facts.Length, out _))
            {
                read++;
                Assert.True(NumberReader.CanStart(layer, words, facts, t), $"token {t} \"{layer.TokenText(t)}\"");
            }
        }

        Assert.True(read >= 15, $"only {read} numbers read");
    }
}

