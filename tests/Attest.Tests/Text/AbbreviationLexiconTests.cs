using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Tests.Text;

public sealed class AbbreviationLexiconTests
{
    private static LexiconEntry Entry(string kind, string name, string? position = null, params string[] aliases) => new(
        kind,
        name,
        [.. aliases],
        position is null
            ? ImmutableDictionary<string, string>.Empty
            : ImmutableDictionary<string, string>.Empty.Add("position", position),
        "test.tsv:1");

    [Fact]
    public void Loads_the_bundled_file()
    {
        var lexicon = TextLayerBuilder.Default.Abbreviations;

        Assert.True(lexicon.Count > 100);
        Assert.True(lexicon.SentenceStarterCount > 50);
        Assert.True(lexicon.TryGetAbbreviation("Gen.", out var title));
        Assert.Equal(AbbreviationPosition.Title, title);
        Assert.True(lexicon.TryGetAbbreviation("etc.", out var final));
        Assert.Equal(AbbreviationPosition.Final, final);
        Assert.True(lexicon.TryGetAbbreviation("Sept.", out var ordinary));
        Assert.Equal(AbbreviationPosition.Ordinary, ordinary);
    }

    [Theory]
    [InlineData("a.m.", true)]
    [InlineData("A.m.", true)]
    [InlineData("A.M.", true)]
    [InlineData("a.M.", false)]
    [InlineData("Co.", true)]
    [InlineData("co.", true)]
    [InlineData("CO.", true)]
    [InlineData("cO.", false)]
    [InlineData("a.m", false)]
    public void Matches_lower_case_entries_in_three_cases_and_others_exactly(string form, bool known)
    {
        var lexicon = AbbreviationLexicon.FromEntries([Entry("abbreviation", "a.m."), Entry("abbreviation", "Co.", null, "co.")]);

        Assert.Equal(known, lexicon.TryGetAbbreviation(form, out _));
    }

    [Fact]
    public void Keeps_a_position_written_out_over_a_case_variant()
    {
        var lexicon = AbbreviationLexicon.FromEntries(
            [Entry("abbreviation", "sec."), Entry("abbreviation", "Sec.", "title")]);

        Assert.True(lexicon.TryGetAbbreviation("Sec.", out var position));
        Assert.Equal(AbbreviationPosition.Title, position);
        Assert.True(lexicon.TryGetAbbreviation("sec.", out position));
        Assert.Equal(AbbreviationPosition.Ordinary, position);
    }

    [Fact]
    public void Reads_sentence_starters_in_any_case_and_ignores_other_kinds()
    {
        var lexicon = AbbreviationLexicon.FromEntries(
            [Entry("sentence-starter", "However"), Entry("country", "Freedonia"), Entry("abbreviation", "Gen.", "title")]);

        Assert.True(lexicon.IsSentenceStarter("however"));
        Assert.False(lexicon.IsSentenceStarter("freedonia"));
        Assert.Equal(1, lexicon.SentenceStarterCount);
        Assert.Equal(1, lexicon.Count);
    }

    [Theory]
    [InlineData("abbreviation", "Gen", null, "test.tsv:1: abbreviation \"Gen\" must be one word ending in \".\"")]
    [InlineData("abbreviation", "et al.", null, "test.tsv:1: abbreviation \"et al.\" must be one word ending in \".\"")]
    [InlineData("abbreviation", "Gen.", "before", "test.tsv:1: position \"before\" is unknown (expected title or final)")]
    [InlineData("sentence-starter", "In fact", null, "test.tsv:1: sentence starter \"In fact\" must be one word")]
    public void Rejects_bad_entries_with_their_location(string kind, string name, string? position, string error)
    {
        var parsed = AbbreviationLexicon.Create([Entry(kind, name, position)]);

        Assert.False(parsed.Success);
        Assert.Equal(error, parsed.Error);
        Assert.Throws<InvalidDataException>(() => AbbreviationLexicon.FromEntries([Entry(kind, name, position)]));
    }

    [Fact]
    public void Rejects_one_form_given_two_positions()
    {
        var parsed = AbbreviationLexicon.Create([Entry("abbreviation", "St.", "title"), Entry("abbreviation", "St.")]);

        Assert.False(parsed.Success);
        Assert.Contains("already given with another position", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_lexicon_changes_where_sentences_end()
    {
        const string text = "The delegation of Freedonia Rep. Smith arrived.";
        var plain = new TextLayerBuilder(AbbreviationLexicon.FromEntries([]));
        var withTitle = new TextLayerBuilder(AbbreviationLexicon.FromEntries([Entry("abbreviation", "Rep.", "title")]));

        Assert.Equal(2, plain.Build(text).Sentences.Length);
        Assert.Single(withTitle.Build(text).Sentences);
    }
}
