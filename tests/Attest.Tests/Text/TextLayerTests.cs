using Attest.Text;

namespace Attest.Tests.Text;

public sealed class TextLayerTests
{
    [Fact]
    public void Exposes_the_clean_text_and_a_lower_case_twin_of_the_same_length()
    {
        var layer = TextFixtures.Build("ÀÉÎ İstanbul ǅ ΣΑΣ\r\nNext");

        Assert.Same(layer.Clean.Text, layer.Text);
        Assert.Equal(layer.Text.Length, layer.Lower.Length);
        Assert.Equal(layer.Text.ToLowerInvariant(), layer.Lower);
    }

    [Fact]
    public void Reads_token_text_and_lower_case_through_spans()
    {
        var layer = TextFixtures.Build("Gen. Okafor met UN envoys.");

        Assert.Equal(["Gen.", "Okafor", "met", "UN", "envoys", "."], Enumerable.Range(0, layer.Tokens.Length).Select(i => layer.TokenText(i).ToString()));
        Assert.Equal("gen.", layer.TokenLower(0).ToString());
        Assert.Equal("un", layer.TokenLower(3).ToString());
        Assert.Equal(6, layer.TokensOf(layer.Sentences[0]).Length);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(5, 0, 0)]
    [InlineData(14, 1, 0)]
    [InlineData(23, 1, 0)]
    [InlineData(24, 1, 0)]
    [InlineData(27, 1, 0)]
    [InlineData(28, 2, 1)]
    [InlineData(40, 2, 1)]
    public void Finds_the_sentence_and_paragraph_that_hold_an_offset(int offset, int sentence, int paragraph)
    {
        // Sentences start at 0, 14 and 28; the second paragraph starts at 28.
        var layer = TextFixtures.Build("Rain fell on. Talks ended.\n\nA new day began.");

        Assert.Equal(28, layer.Paragraphs[1].Start);
        Assert.Equal(sentence, layer.SentenceAt(offset));
        Assert.Equal(paragraph, layer.ParagraphAt(offset));
    }

    [Fact]
    public void Gives_minus_one_before_the_first_sentence_and_on_an_empty_layer()
    {
        var layer = TextFixtures.Build("  Rain fell.");
        var empty = TextFixtures.Build("");

        Assert.Equal(-1, layer.SentenceAt(layer.Sentences[0].Span.Start - 1));
        Assert.Equal(-1, empty.SentenceAt(0));
        Assert.Equal(-1, empty.ParagraphAt(0));
    }

    [Fact]
    public void One_builder_gives_the_same_layers_from_many_threads()
    {
        var texts = Enumerable.Range(0, 64)
            .Select(i => $"Item {i}. Mr. Lund said “it is {i}.” The U.S. Embassy closed at {i} p.m. Then it reopened.")
            .ToArray();
        var expected = texts.Select(t => Describe(TextLayerBuilder.Default.Build(t))).ToArray();

        var actual = new string[texts.Length];
        Parallel.For(0, texts.Length, i => actual[i] = Describe(TextLayerBuilder.Default.Build(texts[i])));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Builds_an_empty_layer_from_empty_text()
    {
        var layer = TextFixtures.Build("");

        Assert.Empty(layer.Paragraphs);
        Assert.Empty(layer.Sentences);
        Assert.Empty(layer.Tokens);
    }

    private static string Describe(TextLayer layer) =>
        string.Join(";", layer.Sentences.Select(s => $"{s.Span}:{s.FirstToken}+{s.TokenCount}"))
        + "|" + string.Join(";", layer.Tokens.Select(t => $"{t.Span}{t.Shape}{t.Flags}"));
}
