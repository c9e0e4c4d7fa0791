using Attest.Text;

namespace Attest.Tests.Text;

public sealed class ParagraphTests
{
    private static string[] Paragraphs(string text)
    {
        var layer = TextFixtures.Build(text);
        return layer.Paragraphs.Select(p => p.In(layer.Text).ToString()).ToArray();
    }

    [Theory]
    [InlineData("First paragraph.\n\nSecond paragraph.", "First paragraph.|Second paragraph.")]
    [InlineData("  First.  \n \t \n\n  Second.\n\n\n", "First.|Second.")]
    [InlineData("One line per paragraph.\nAnother one.\nA third.", "One line per paragraph.|Another one.|A third.")]
    [InlineData("Headline without a period\nThe story starts here.", "Headline without a period|The story starts here.")]
    [InlineData("Intro:\n• first\n• second", "Intro:|• first|• second")]
    [InlineData("The text was\nwrapped in the middle\nof a sentence. It goes on.", "The text was\nwrapped in the middle\nof a sentence. It goes on.")]
    [InlineData("The text was\nwrapped here.\n1. but a list item\nstill starts a paragraph.", "The text was\nwrapped here.|1. but a list item\nstill starts a paragraph.")]
    [InlineData("features\ncontact manager\nevents, activities\n", "features|contact manager|events, activities")]
    [InlineData("Windows\r\nLine ends.\r\n\r\nNext.", "Windows|Line ends.|Next.")]
    [InlineData("Before\u2029After", "Before|After")]
    public void Splits_on_blank_lines_and_lines_that_stand_alone(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Paragraphs(text));

    [Theory]
    [InlineData("• item", true)]
    [InlineData("- item", true)]
    [InlineData("* item", true)]
    [InlineData("1. item", true)]
    [InlineData("12) item", true)]
    [InlineData("3.) item", true)]
    [InlineData("a. item", true)]
    [InlineData("b) item", true)]
    [InlineData("(c) item", true)]
    [InlineData("(iv) item", true)]
    [InlineData("2022. A year", false)]
    [InlineData("-5 degrees", false)]
    [InlineData("A. Smith said", false)]
    [InlineData("10.30 a.m.", false)]
    [InlineData("(The end)", false)]
    public void Recognises_list_item_lines(string line, bool isItem) =>
        Assert.Equal(isItem, ParagraphSplitter.IsListItem(line, 0, line.Length));

    [Theory]
    [InlineData("It ended.", true)]
    [InlineData("Did it end?", true)]
    [InlineData("It ended!”", true)]
    [InlineData("It ended.[3]", true)]
    [InlineData("It ended.)", true)]
    [InlineData("It ended…", true)]
    [InlineData("It ended,", false)]
    [InlineData("Headline", false)]
    [InlineData("It said:", false)]
    public void Recognises_lines_that_end_a_sentence(string line, bool ends) =>
        Assert.Equal(ends, ParagraphSplitter.EndsWithTerminal(line, 0, line.Length));

    [Fact]
    public void Keeps_every_sentence_inside_its_paragraph_and_every_token_inside_its_sentence()
    {
        var layer = TextFixtures.Build("Title line\n\nMr. Lund arrived. He spoke.\n• one • two\n\n“Quote. More,” she said.");
        var p = 0;
        var t = 0;
        foreach (var sentence in layer.Sentences)
        {
            while (!layer.Paragraphs[p].Contains(sentence.Span))
            {
                p++;
            }

            Assert.Equal(t, sentence.FirstToken);
            foreach (var token in layer.TokensOf(sentence))
            {
                Assert.True(sentence.Span.Contains(token.Span));
            }

            t = sentence.EndToken;
        }

        Assert.Equal(layer.Tokens.Length, t);
    }
}
