using Attest.Ingest;

namespace Attest.Tests.Ingest;

public sealed class HtmlReaderTests
{
    private const string Body = """
        <p>The Ministry of Foreign Affairs of Varnia strongly condemns the attack on the consulate general in Ostrel,
        which took place on the night of 3 May. Windows were broken and the façade was daubed with paint.</p>
        <p>We call on the authorities of Ostrelia to investigate the attack without delay and to protect diplomatic
        missions under Article 22 of the Vienna Convention on Diplomatic Relations &amp; to inform the public.</p>
        <p>The consulate continues its work &mdash; visa applications are accepted as usual, the ministry said in a
        statement released on Friday morning to the press in Varnograd.</p>
        """;

    private static string Page(string head, string article = Body) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8">{{head}}</head>
        <body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <div class="share">Share on social media</div>
          <main><article>{{article}}</article></main>
          <footer><p>Subscribe to our newsletter</p><p>© All rights reserved</p></footer>
          <script>var tracking = "do not read me";</script>
        </body>
        </html>
        """;

    [Fact]
    public void Extracts_the_main_text_as_plain_paragraphs_without_boilerplate()
    {
        var read = HtmlReader.Read(Page("<title>Attack on consulate</title>"));

        Assert.True(read.Success, read.Error);
        var text = read.Value!.Text;
        Assert.StartsWith("The Ministry of Foreign Affairs of Varnia strongly condemns", text, StringComparison.Ordinal);
        Assert.Contains("Diplomatic Relations & to inform", text, StringComparison.Ordinal);
        Assert.Contains("continues its work — visa", text, StringComparison.Ordinal);
        Assert.Contains("façade", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split("\n\n").Length);
        foreach (var boilerplate in new[] { "Home", "Share on social", "newsletter", "tracking", "<", "&amp;" })
        {
            Assert.DoesNotContain(boilerplate, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Reads_metadata_from_meta_tags()
    {
        var read = HtmlReader.Read(Page("""
            <title>Attack on consulate | Kaldor Wire</title>
            <meta name="author" content="Anna Varga">
            <meta name="date" content="2024-05-04">
            <meta name="application-name" content="Kaldor Wire">
            """));

        Assert.True(read.Success, read.Error);
        Assert.Equal("2024-05-04", read.Value!.Metadata.Published);
        Assert.Equal("Anna Varga", read.Value.Metadata.Author);
        Assert.Equal("Kaldor Wire", read.Value.Metadata.Publisher);
        Assert.NotNull(read.Value.Metadata.Title);
    }

    [Fact]
    public void Reads_metadata_from_opengraph()
    {
        var read = HtmlReader.Read(Page("""
            <meta property="og:title" content="Consulate attacked in Ostrel">
            <meta property="og:site_name" content="Merovo Times">
            <meta property="article:published_time" content="2024-05-04T06:30:00+03:00">
            <meta property="article:author" content="https://example.org/staff/varga">
            <meta name="author" content="By Clara Sorel">
            """));

        Assert.True(read.Success, read.Error);
        Assert.Equal(new IngestMetadata("Consulate attacked in Ostrel", "2024-05-04", "Merovo Times", "Clara Sorel"), read.Value!.Metadata);
    }

    [Fact]
    public void Json_ld_wins_over_meta_tags_and_reads_graphs_and_author_lists()
    {
        var read = HtmlReader.Read(Page("""
            <meta property="og:title" content="Social title">
            <meta property="og:site_name" content="Site name">
            <meta property="article:published_time" content="2024-05-01">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Continental Press Agency"},
              {"@type": ["NewsArticle"], "headline": "Consulate general attacked in Ostrel",
               "datePublished": "2024-05-04T23:10:00-05:00",
               "author": [{"@type": "Person", "name": "Anna Varga"}, {"@type": "Person", "name": "Boris Ostrov"}],
               "publisher": {"@type": "Organization", "name": "Continental Press Agency"}}
            ]}
            </script>
            """));

        Assert.True(read.Success, read.Error);
        // The date as written, not shifted to UTC (which would be 5 May).
        Assert.Equal(
            new IngestMetadata("Consulate general attacked in Ostrel", "2024-05-04", "Continental Press Agency", "Anna Varga, Boris Ostrov"),
            read.Value!.Metadata);
    }

    [Fact]
    public void Broken_json_ld_is_ignored_and_other_sources_still_apply()
    {
        var read = HtmlReader.Read(Page("""
            <script type="application/ld+json">{"headline": "unterminated", </script>
            <meta property="og:title" content="Consulate attacked">
            """));

        Assert.True(read.Success, read.Error);
        Assert.Equal("Consulate attacked", read.Value!.Metadata.Title);
    }

    [Fact]
    public void Takes_the_date_from_a_time_element_when_no_tag_gives_one()
    {
        var read = HtmlReader.Read(Page("<title>t</title>", "<header><time datetime=\"2024-05-04T08:00\">4 May</time></header>" + Body));

        Assert.True(read.Success, read.Error);
        Assert.Equal("2024-05-04", read.Value!.Metadata.Published);
    }

    [Theory]
    [InlineData("<p>The statement was issued on Friday in Varnograd by the ministry")]
    [InlineData("<html><body><div><p>The statement was issued on Friday <b>in Varnograd</i> by the ministry</span></td>")]
    [InlineData("<p>The statement was issued on Friday in Varnograd by the ministry<!-- unclosed comment")]
    [InlineData("The statement was issued on Friday in Varnograd by the ministry<p")]
    public void Broken_or_truncated_html_still_yields_its_text(string html)
    {
        var read = HtmlReader.Read(html);

        Assert.True(read.Success, read.Error);
        Assert.Contains("The statement was issued on Friday", read.Value!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", read.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_page_below_the_readability_threshold_keeps_its_body_text()
    {
        var read = HtmlReader.Read("<html><body><h1>Statement</h1><p>Talks resumed in Vienna.<br>More follows.</p></body></html>");

        Assert.True(read.Success, read.Error);
        Assert.Equal("Statement\n\nTalks resumed in Vienna.\nMore follows.", read.Value!.Text);
    }

    [Fact]
    public void A_page_nested_beyond_the_limit_is_refused_before_parsing()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>Deep text.</p>";

        var read = HtmlReader.Read(html);

        Assert.False(read.Success);
        Assert.Equal("HTML nested too deeply (50000 levels; the limit is 1000)", read.Error);
    }

    [Fact]
    public void Nesting_counts_explicit_elements_only()
    {
        // Unclosed paragraphs and list items are closed by the parser; void elements, comments and script
        // content open nothing.
        var html = "<div><section>" + string.Concat(Enumerable.Repeat("<p>x<li>y<br><img src=a>", 5000))
            + "<!-- <div><div> --><script>if (a<b) { '<div>' }</script></section></div>";

        Assert.Equal(2, HtmlNesting.MaxDepth(html));
    }

    [Theory]
    [InlineData("<html><head><title>Only a title</title></head><body></body></html>")]
    [InlineData("<html><body><script>var x = 1;</script></body></html>")]
    public void A_page_without_text_is_refused(string html)
    {
        var read = HtmlReader.Read(html);

        Assert.False(read.Success);
        Assert.Equal("no text in the HTML", read.Error);
    }
}
