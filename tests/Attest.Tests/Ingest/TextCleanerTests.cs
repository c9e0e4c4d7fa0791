using Attest.Ingest;

namespace Attest.Tests.Ingest;

public sealed class TextCleanerTests
{
    private static readonly TextCleaner Cleaner = TextCleaner.Default;

    [Theory]
    [InlineData("Subscribe to our newsletter", "boilerplate:subscribe to our newsletter")]
    [InlineData("  SUBSCRIBE   to our Newsletter!  ", "boilerplate:subscribe to our newsletter")]
    [InlineData("Share via", "boilerplate:share via")]
    [InlineData("Share on Facebook", "boilerplate:share via")]
    [InlineData("Send this to a friend", "boilerplate:send this to a friend")]
    [InlineData("We use cookies to improve your experience. By clicking Accept you agree to our use of cookies.", "boilerplate:we use cookies")]
    [InlineData("This website uses cookies.", "boilerplate:we use cookies")]
    [InlineData("Follow us on Telegram", "boilerplate:follow us on")]
    [InlineData("© Copyright 2024 Kaldor Wire", "boilerplate:all rights reserved")]
    public void Boilerplate_lines_are_removed_and_recorded_with_their_rule(string line, string rule)
    {
        var text = "The embassy was attacked.\n\n" + line + "\n\nThe ministry condemned it.\n";

        var cleaned = Cleaner.Clean(text);

        Assert.Equal("The embassy was attacked.\n\n\nThe ministry condemned it.\n", cleaned.Text);
        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(rule, removed.Rule);
        Assert.Equal(line + "\n", removed.Text);
        Assert.Equal(text.IndexOf(line, StringComparison.Ordinal), removed.Original.Start);
        Assert.Equal(27, removed.At);
    }

    [Theory]
    [InlineData("Share your views with the delegation, the minister said.")]
    [InlineData("Subscribe to our newsletter and you will hear from the committee, the statement read, in a line that runs on.")]
    [InlineData("We use cookies as an example of a prefix that only heads a notice; this line is prose about them that runs past sixty words because it keeps going and going with more and more words, clause after clause, until no notice would ever be this long, and a reader would know it is a paragraph of the text and not furniture of the page that carried it at all.")]
    [InlineData("Read more about the attack in the annex.")]
    public void Prose_that_starts_like_boilerplate_is_kept(string line)
    {
        var cleaned = Cleaner.Clean(line + "\n");

        Assert.Empty(cleaned.Removed);
        Assert.Equal(line + "\n", cleaned.Text);
    }

    [Fact]
    public void A_read_more_block_goes_with_the_headlines_under_it_up_to_the_blank_line()
    {
        const string text = "The consulate was attacked.\n\nRead more:\nTalks resume in Vienna\nMinister visits the border\n\nThe investigation goes on.";

        var cleaned = Cleaner.Clean(text);

        Assert.Equal("The consulate was attacked.\n\n\nThe investigation goes on.", cleaned.Text);
        Assert.Equal(3, cleaned.Removed.Length);
        Assert.All(cleaned.Removed, r => Assert.Equal("boilerplate:read more", r.Rule));
    }

    [Fact]
    public void The_closing_lines_of_a_copied_page_are_removed()
    {
        const string text = "Union of Informed Citizens\n\n\n\nSubscribe to our newsletter\n\nShare via\nSend this to a friend";

        var cleaned = Cleaner.Clean(text);

        Assert.Equal("Union of Informed Citizens\n\n\n\n\n", cleaned.Text);
        Assert.Equal(["boilerplate:subscribe to our newsletter", "boilerplate:share via", "boilerplate:send this to a friend"], cleaned.Removed.Select(r => r.Rule));
    }

    [Fact]
    public void Footnote_markers_after_words_are_removed_but_a_footnote_keeps_its_number()
    {
        const string text = "The attack violated the Convention[1] and customary law.[2][3]\n\n[1] Vienna Convention, Article 22.\nA list [4] with a space keeps it.";

        var cleaned = Cleaner.Clean(text);

        Assert.Equal("The attack violated the Convention and customary law.\n\n[1] Vienna Convention, Article 22.\nA list [4] with a space keeps it.", cleaned.Text);
        Assert.Equal(["[1]", "[2]", "[3]"], cleaned.Removed.Select(r => r.Text));
        Assert.All(cleaned.Removed, r => Assert.Equal("footnote-marker", r.Rule));
    }

    [Theory]
    [InlineData("Article 22[1] applies. See[12] and[123] but not[1234] or [x].")]
    [InlineData("Subscribe\nText[1] here.\r\nShare\r\nMore text.")]
    public void Restoring_the_removals_gives_back_the_original_and_offsets_map_back(string text)
    {
        var cleaned = Cleaner.Clean(text);

        Assert.Equal(text, cleaned.Restore());
        for (var offset = 0; offset < cleaned.Text.Length; offset++)
        {
            Assert.Equal(cleaned.Text[offset], text[cleaned.ToOriginal(offset)]);
        }
    }

    [Fact]
    public void Removals_are_recorded_on_the_document_read()
    {
        var read = DocumentReader.FromBytes("page.txt", "Statement[1] of the council.\n\nShare via\n"u8);

        Assert.True(read.Success, read.Error);
        Assert.Equal("Statement of the council.\n\n", read.Value!.Text);
        Assert.Equal(["footnote-marker", "boilerplate:share via"], read.Value.Removed.Select(r => r.Rule));
    }
}
