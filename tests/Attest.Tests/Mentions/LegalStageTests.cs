using Attest.Lexicons;
using Attest.Mentions;
using Attest.Text;

namespace Attest.Tests.Mentions;

public sealed class LegalStageTests
{
    private static readonly Lazy<(LexiconMatcher Matcher, LegalStage Stage)> Bundled = new(() =>
    {
        var matcher = LexiconMatcher.Build(LexiconMatcher.MatchableEntries(LexiconSet.Bundled));
        return (matcher, new LegalStage(matcher, LexiconSet.Bundled.OfKind(LegalStage.ProvisionKind)));
    });

    [Theory]
    [InlineData("Article 22 of the 1961 Vienna Convention obliges host states to act.", "VCDR/22/")]
    [InlineData("Under Article 31(3) of the Vienna Convention on Consular Relations, premises are protected.", "VCCR/31/3")]
    [InlineData("Art. 2(4) of the UN Charter bans the use of force.", "UNCHARTER/2/4")]
    [InlineData("Articles 22 and 29 of the VCDR were cited.", "VCDR/22/; VCDR/29/")]
    [InlineData("They cited paragraph 2 of Article 22 of the Vienna Convention on Diplomatic Relations.", "VCDR/22/2")]
    [InlineData("They cited Article 22, paragraph 3 of the Vienna Convention on Diplomatic Relations.", "VCDR/22/3")]
    [InlineData("The ministry invoked the Vienna Convention on Diplomatic Relations of 1961.", "VCDR//")]
    [InlineData("Article 19 of the International Covenant on Civil and Political Rights protects speech.", "ICCPR/19/")]
    [InlineData("The Geneva Conventions apply. Article 3 sets minimum rules.", "GC1949//; GC1949/3/")]
    [InlineData("Iran violated the Rome Statute and Article 7 of the same statute.", "ROME//; ROME/7/")]
    public void Resolves_instruments_articles_and_paragraphs(string text, string expected) =>
        Assert.Equal(expected, Citations(text));

    [Theory]
    [InlineData("The Vienna Convention protects consular premises.", "VCCR//")]
    [InlineData("The Vienna Convention protects embassies.", "VCDR//")]
    [InlineData("The 1963 Vienna Convention protects consulates.", "VCCR//")]
    [InlineData("The Vienna Convention of 1963 was cited.", "VCCR//")]
    public void Reads_an_ambiguous_name_by_its_year_or_words_in_the_sentence(string text, string expected) =>
        Assert.Equal(expected, Citations(text));

    [Theory]
    [InlineData("Article 5 of the Criminal Code applies, not the Geneva Conventions.", "GC1949//")]
    [InlineData("Article 19 said the arrest was unlawful.", "")]
    [InlineData("The convention center in Vienna hosted the talks.", "")]
    [InlineData("Article 22 was discussed at length.", "")]
    public void Cites_nothing_it_cannot_tie_to_a_known_instrument(string text, string expected) =>
        Assert.Equal(expected, Citations(text));

    [Fact]
    public void Citation_spans_hold_the_years_written_with_the_instrument()
    {
        const string text = "In 2020 they cited the Convention against Torture of 1984 again.";
        var result = Find(text);

        Assert.True(result.InCitation(SpanOf(text, "1984")));
        Assert.False(result.InCitation(SpanOf(text, "2020")));
        Assert.Equal("Convention against Torture of 1984", Assert.Single(result.CitationSpans).In(text).ToString());
    }

    [Fact]
    public void Links_the_quotation_that_a_citation_introduces()
    {
        const string text = "Article 22 of the Vienna Convention states that\n\n\"the premises of the mission shall be inviolable and must be protected.\"";

        var citation = Assert.Single(Find(text).Citations);

        Assert.NotNull(citation.Quoted);
        Assert.StartsWith("the premises of the mission", citation.Quoted.Value.In(text).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_of_a_known_provision_supplies_the_article()
    {
        const string text = "They recalled the Vienna Convention on Diplomatic Relations, which reads: “The person of a diplomatic agent shall be inviolable. He shall not be liable to any form of arrest or detention.”";

        var citation = Assert.Single(Find(text).Citations);

        Assert.Equal(("VCDR", "29"), (citation.Instrument, citation.Article));
        Assert.Equal("legal.quoted-provision", citation.Evidence.RuleId);
    }

    [Fact]
    public void A_quotation_spoken_by_the_instrument_after_it_is_linked()
    {
        const string text = "“The receiving State shall treat him with due respect and shall take all appropriate steps to prevent any attack on his person, freedom or dignity,” the Vienna Convention says.";

        var citation = Assert.Single(Find(text).Citations);

        Assert.Equal(("VCDR", "29"), (citation.Instrument, citation.Article));
    }

    [Fact]
    public void A_short_quoted_label_is_not_the_instrument_text()
    {
        var citation = Assert.Single(Find("He called the Vienna Convention “outdated” on Monday.").Citations);

        Assert.Null(citation.Quoted);
    }

    private static Span SpanOf(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), part.Length);

    private static string Citations(string text) =>
        string.Join("; ", Find(text).Citations.Select(c => $"{c.Instrument}/{c.Article}/{c.Paragraph}"));

    private static LegalResult Find(string text)
    {
        var (matcher, stage) = Bundled.Value;
        var layer = TextLayerBuilder.Default.Build(text);
        return stage.Find(layer, matcher.Match(layer));
    }
}
