using Attest.Analysis;
using static Attest.Tests.Attribution.AttributionFixture;

namespace Attest.Tests.Attribution;

/// <summary>A few words quoted inside a reported-speech sentence ("called the raid “an outrage”") are a quotation
/// of the sentence's subject; without such a subject they are scare quotes or a cited term. Also the speaker named
/// only as the subject phrase, "according to" after other clauses, "it said", and the outlet a source "told".
/// Every sentence and name is invented.</summary>
public sealed class QuotedPhraseTests
{
    private static readonly Analyzer WithOutlet = Build();

    [Theory]
    [InlineData("Foreign Minister Tomas Brandt said the town was ready to open the crossing “at first light, without conditions”.", "Tomas Brandt: at first light, without conditions")]
    [InlineData("Local officials have described the fire as the work of “hired arsonists” and asked residents to stay calm.", "Local officials: hired arsonists")]
    [InlineData("Opposition channels on social media accused him on Friday of “selling the harbour”.", "Opposition channels: selling the harbour")]
    [InlineData("Peru has called the raid an “outrage” and recalled its envoy.", "Peru: outrage")]
    [InlineData("Ambassador Rosa Ibarra described the attack as “barbaric” and “cowardly”.", "Rosa Ibarra: barbaric | Rosa Ibarra: cowardly")]
    [InlineData("The Bolivian embassy in Lima said in a note that Bolivia “played no part in” the march.", "Bolivian embassy in Lima: played no part in")]
    public void A_short_quoted_phrase_belongs_to_the_subject_of_the_speech_verb_before_it(string text, string expected) =>
        Assert.Equal(expected, Quotes(text));

    [Theory]
    [InlineData("Calls to “both camps” to withdraw have gone unanswered.")]
    [InlineData("Residents watched the so-called “peace convoy” cross the bridge at noon.")]
    [InlineData("The ministry rejected Peru's “sabotage” claims on Monday.")]
    [InlineData("Mayor Anna Kowalczyk said the weekly “Morning Star” had been closed in May.")]
    [InlineData("They said the raid was “a warning shot”.")]
    public void A_short_quoted_phrase_without_a_speaking_subject_is_no_quotation(string text) =>
        Assert.Equal("", Quotes(text));

    [Fact]
    public void A_label_in_a_quoted_phrase_of_the_subject_is_the_subjects_quotation()
    {
        var analysis = Analyzer.Default.Analyze("Swedish officials described the rally as an attack by \"radical nationalists\" and asked for protection.");

        Assert.Equal("Swedish officials", Assert.Single(analysis.Quotes).Speaker);
        var label = Assert.Single(analysis.Loaded, l => l.Term == "radical");
        Assert.Equal("Swedish officials", label.Speaker);
        Assert.True(Attest.Rhetoric.LoadedRules.TryParse(label.Evidence.RuleId, out var voice, out _));
        Assert.Equal(Attest.Rhetoric.LoadedVoice.Quote, voice);
    }

    [Fact]
    public void A_quotation_that_runs_on_into_its_sentence_is_not_attributed_by_the_clauses_after_it()
    {
        const string text = "The Ministry of Foreign Affairs of Peru called the raid “an act of open intimidation” and asked Chile "
            + "to punish those responsible, citing the Vienna Convention on Diplomatic Relations.";

        var speaker = Speakers(text);

        Assert.Contains("Peru", speaker, StringComparison.Ordinal);
        Assert.DoesNotContain("Convention", speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void According_to_names_the_speaker_even_after_other_clauses()
    {
        const string text = "Mayor Anna Kowalczyk said the guards had waited “for two whole hours” while the crowd grew, "
            + "according to Ambassador Rosa Ibarra.";

        Assert.Equal("Rosa Ibarra", Speakers(text));
    }

    [Fact]
    public void It_said_refers_to_the_body_that_opened_the_sentence_before()
    {
        const string text = "The Ministry of Foreign Affairs of Peru summoned the envoy on Monday. "
            + "It said Peru kept the right to “answer in kind.”";

        var speaker = Speakers(text);

        Assert.Contains("Ministry", speaker, StringComparison.Ordinal);
        Assert.Contains("Peru", speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_that_told_the_outlet_by_its_short_name_makes_that_outlet_the_issuer()
    {
        const string text = "Published: 4 May 2024\n\nBy Jane Marlowe\n\nPolice detain five after harbour fire\n\n"
            + "“We detained five men at the scene,” police chief Major Luca Brenner told the Gazette.";

        Assert.Equal("Harbour Gazette", WithOutlet.Analyze(text).Issuer?.Name);
    }

    [Fact]
    public void A_source_that_told_an_outlet_by_its_full_name_does_not_make_it_the_issuer()
    {
        const string text = "Published: 4 May 2024\n\nBy Jane Marlowe\n\nPolice detain five after harbour fire\n\n"
            + "“We detained five men at the scene,” police chief Major Luca Brenner told the Harbour Gazette.";

        Assert.NotEqual("Harbour Gazette", WithOutlet.Analyze(text).Issuer?.Name);
    }

    private static Analyzer Build()
    {
        var builder = new AnalyzerBuilder();
        var added = builder.AddLexicon(new StringReader("outlet\tHarbour Gazette\tthe Gazette\tcountry=CL\n"), "test");
        Assert.True(added.Success, added.Error);
        return builder.Build();
    }
}
