using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Text;

namespace Attest.Tests.Mentions;

/// <summary>The name view reads what it can from tables the analysis fills once per document (word ids, the
/// paragraphs' first tokens); these tests pin that it reads the same answers the direct look-ups give.</summary>
public sealed class NameDocumentTests
{
    private static readonly LexiconMatcher Matcher = LexiconMatcher.Build(LexiconMatcher.MatchableEntries(LexiconSet.Bundled));

    public static TheoryData<string> Texts => new()
    {
        "The Ministry of Foreign Affairs said on Monday that it had summoned the ambassador.",
        "Reporting by Jane Doe; editing by John Roe\n\nBy Acme News\n\nMinister Visits Border Town Amid Tensions",
        "According to the spokesperson, Ursula von der Leyen and Mohammed bin Salman met in Milan.",
        "The group’s leader — al-Assad’s former aide — was arrested. Residents fled.\n\n\n(Acme) Source: Acme",
        "NGOs, MPs and the U.S. Department of State: statements by O'Brien, McDonald and d'Estaing.",
        "Ставка сообщила. Préfet Jean Dupont a déclaré.\n\nSimilarly, similarly.",
        "",
        "\n\n\n",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reads_each_tokens_cues_by_word_id_as_the_cue_table_gives_them(string text)
    {
        var cues = NameCues.Create(Matcher, LexiconSet.Bundled, null);
        var layer = TextLayerBuilder.Default.Build(text);
        AssertCuesAsLookedUp(cues, layer, new NameDocument(cues, layer, Matcher.Match(layer)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Notes_each_paragraphs_first_token_where_a_search_by_its_start_finds_it(string text)
    {
        var cues = NameCues.Create(Matcher, LexiconSet.Bundled, null);
        var layer = TextLayerBuilder.Default.Build(text);
        var document = new NameDocument(cues, layer, Matcher.Match(layer));
        for (var p = 0; p < layer.Paragraphs.Length; p++)
        {
            Assert.Equal(document.FirstTokenFrom(layer.Paragraphs[p].Start), document.ParagraphFirstToken(p));
        }
    }

    [Fact]
    public void Reads_cues_by_word_id_when_another_stage_added_words_to_the_shared_vocabulary_after_it()
    {
        var lexicons = LexiconSet.Bundled.With([new LexiconEntry("role-noun", "zookeeper", [], ImmutableDictionary<string, string>.Empty, "test:1")]);
        var matcher = LexiconMatcher.Build(LexiconMatcher.MatchableEntries(lexicons));
        var cues = NameCues.Create(matcher, lexicons, null);
        SharedWords.For(lexicons).Register(new Dictionary<string, int>(StringComparer.Ordinal) { ["quokka"] = 1, ["zookeeper"] = 2 });
        var layer = TextLayerBuilder.Default.Build("The zookeeper fed a quokka, the zookeeper said.");
        var document = new NameDocument(cues, layer, matcher.Match(layer));
        AssertCuesAsLookedUp(cues, layer, document);
        Assert.Equal(NameCue.RoleNoun, document.Cues[1] & NameCue.RoleNoun);
        Assert.Equal(NameCue.None, document.Cues[4]);
    }

    private static void AssertCuesAsLookedUp(NameCues cues, TextLayer layer, NameDocument document)
    {
        for (var t = 0; t < layer.Tokens.Length; t++)
        {
            var shape = layer.Tokens[t].Shape;
            var expected = shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed
                ? cues.Of(layer.TokenLower(t))
                : NameCue.None;
            Assert.Equal(expected, document.Cues[t]);
        }
    }
}
