using Attest.Analysis;
using Attest.Model;
using Attest.Rhetoric;
using Xunit;

namespace Attest.Tests.Rhetoric;

/// <summary>Loaded terms in invented sentences: kinds, inflections, the conditions that keep descriptions out,
/// use versus mention, denial, negation and hypotheses, and whose label each one is.</summary>
public sealed class RhetoricStageTests
{
    private static readonly Analyzer Analyzer = Analyzer.Default;

    private static LoadedTerm[] Loaded(string text) => [.. Analyzer.Analyze(text).Loaded];

    [Theory]
    [InlineData("The terrorists struck the market at dawn.", "terrorists", LoadedKind.TerrorLabel)]
    [InlineData("This was a cowardly act of terrorism.", "terrorism", LoadedKind.TerrorLabel)]
    [InlineData("Radical groups gathered outside the building.", "Radical", LoadedKind.ExtremismLabel)]
    [InlineData("The radicals threw stones at the windows.", "radicals", LoadedKind.ExtremismLabel)]
    [InlineData("Fanatics blocked the road for hours.", "Fanatics", LoadedKind.ExtremismLabel)]
    [InlineData("These barbarians burned the harvest.", "barbarians", LoadedKind.Dehumanising)]
    [InlineData("A deranged crowd surrounded the car.", "deranged", LoadedKind.Dehumanising)]
    [InlineData("The aggressor must withdraw its troops.", "aggressor", LoadedKind.AggressionLabel)]
    [InlineData("The latest provocations along the river worried the villagers.", "provocations", LoadedKind.AggressionLabel)]
    [InlineData("They keep provoking new clashes on the ridge.", "provoking", LoadedKind.AggressionLabel)]
    [InlineData("The neighbour pursued an aggressive policy for years.", "aggressive", LoadedKind.AggressionLabel)]
    [InlineData("Families still live in the occupied districts.", "occupied", LoadedKind.AggressionLabel)]
    [InlineData("Schools in the enemy-occupied zone are closed.", "enemy-occupied", LoadedKind.AggressionLabel)]
    [InlineData("The shelling of the village was a war crime.", "war crime", LoadedKind.AtrocityLabel)]
    [InlineData("What happened in the square was a pogrom.", "pogrom", LoadedKind.AtrocityLabel)]
    [InlineData("The report is pure propaganda.", "propaganda", LoadedKind.DisinformationLabel)]
    [InlineData("The statement spreads misinformation about the talks.", "misinformation", LoadedKind.DisinformationLabel)]
    [InlineData("The story about the convoy is a fabrication.", "fabrication", LoadedKind.DisinformationLabel)]
    [InlineData("It was a heinous crime against the staff.", "heinous", LoadedKind.Intensifier)]
    [InlineData("The guards blatantly ignored the rules.", "blatantly", LoadedKind.Intensifier)]
    [InlineData("The trial was an absurd spectacle.", "absurd", LoadedKind.Intensifier)]
    [InlineData("A mob stormed the gate at noon.", "mob", LoadedKind.Other)]
    [InlineData("The detention of the reporter is hostage-taking.", "hostage-taking", LoadedKind.Other)]
    public void Finds_each_kind_and_inflection_as_written(string text, string term, LoadedKind kind)
    {
        var item = Assert.Single(Loaded(text), l => l.Term == term);
        Assert.Equal(kind, item.Kind);
        Assert.Equal(LoadedModality.Used, LoadedRules.ModalityOf(item));
    }

    [Theory]
    [InlineData("The government announced a radical reform of the pension system.")]
    [InlineData("The gallery opened a provocative art exhibition.")]
    [InlineData("Parliament passed a new terrorism law on Tuesday.")]
    [InlineData("The two states agreed to cooperate in the fight against terrorism.")]
    [InlineData("The counter-terrorism unit was sent to the border.")]
    [InlineData("Both sides signed a non-aggression pact in 1990.")]
    [InlineData("Protesters occupied the square for two days.")]
    [InlineData("The decision provoked outrage among farmers.")]
    [InlineData("Residents fled in terror when the sirens sounded.")]
    [InlineData("The embassy was attacked and vandalised; a shooting was reported near the gate.")]
    [InlineData("The shelling killed two civilians and injured five in a violation of the ceasefire.")]
    [InlineData("The court heard terrorism charges against two men.")]
    public void Descriptions_and_fields_do_not_fire(string text)
    {
        Assert.Empty(Loaded(text));
    }

    [Fact]
    public void One_item_per_term_and_speaker()
    {
        var items = Loaded("The radicals attacked the gate. Later more radicals arrived, and radical groups joined them.");
        Assert.Single(items, l => l.Term.StartsWith("radical", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_quoted_label_is_the_speakers()
    {
        var item = Assert.Single(Loaded("“These fanatics must be stopped before they burn another house,” Foreign Minister Jane Doe said on Monday."));
        Assert.Equal("Jane Doe", item.Speaker);
        Assert.True(LoadedRules.TryParse(item.Evidence.RuleId, out var voice, out _));
        Assert.Equal(LoadedVoice.Quote, voice);
    }

    [Theory]
    [InlineData("The Foreign Ministry of Norway issued a statement. The attack was an act of terrorism, the ministry underlined.", "Foreign Ministry of Norway")]
    [InlineData("According to the Foreign Ministry of Norway, the attackers were extremists.", "Foreign Ministry of Norway")]
    [InlineData("Foreign Minister Jane Doe said the attack was the result of months of hysteria.", "Jane Doe")]
    [InlineData("Norway accuses the other side of regular provocations.", "Norway")]
    public void Reported_speech_belongs_to_its_source(string text, string speaker)
    {
        var item = Assert.Single(Loaded(text));
        Assert.Equal(speaker, item.Speaker);
    }

    [Fact]
    public void Without_another_voice_the_label_is_the_issuers()
    {
        var analysis = Analyzer.Analyze("As representatives of NGOs of Norway, we condemn the barbaric shelling of the village.");
        var item = Assert.Single(analysis.Loaded);
        Assert.NotNull(analysis.Issuer);
        Assert.Equal(analysis.Issuer!.Name, item.Speaker);
        Assert.True(LoadedRules.TryParse(item.Evidence.RuleId, out var voice, out _));
        Assert.Equal(LoadedVoice.Issuer, voice);
    }

    [Theory]
    [InlineData("Oslo rejects Stockholm's 'terror' claims over the rally.", "terror", "Stockholm")]
    [InlineData("Sweden called the attack a provocation and summoned the envoy.", "provocation", "Sweden")]
    [InlineData("The soldiers were killed near the river in what Norway called a provocation.", "provocation", "Norway")]
    public void A_label_reported_as_someones_is_theirs_not_the_reporters(string text, string term, string speaker)
    {
        var item = Assert.Single(Loaded(text), l => l.Term == term);
        Assert.Equal(speaker, item.Speaker);
        Assert.True(LoadedRules.TryParse(item.Evidence.RuleId, out var voice, out var modality));
        Assert.Equal(LoadedVoice.Named, voice);
        Assert.Equal(LoadedModality.Used, modality);
    }

    [Theory]
    [InlineData("The so-called provocation was a routine exercise.", LoadedModality.Distanced)]
    [InlineData("There was no provocation on our side of the river.", LoadedModality.Negated)]
    [InlineData("Our country does not take hostages.", LoadedModality.Negated)]
    [InlineData("If these acts of aggression continue, sanctions will follow.", LoadedModality.Hypothetical)]
    [InlineData("Every mission abroad may be exposed to terrorism.", LoadedModality.Hypothetical)]
    [InlineData("The Foreign Ministry of Norway rejected the description of the rally as terrorism.", LoadedModality.Denied)]
    [InlineData("The text not only names the aggression but also its victims.", LoadedModality.Used)]
    public void Marks_distance_negation_hypotheses_and_denials(string text, LoadedModality expected)
    {
        var item = Assert.Single(Loaded(text));
        Assert.Equal(expected, LoadedRules.ModalityOf(item));
    }

    [Fact]
    public void A_denial_is_the_deniers_not_a_use()
    {
        var item = Assert.Single(Loaded("The Foreign Ministry of Norway rejected the description of the rally as terrorism."));
        Assert.Equal("Foreign Ministry of Norway", item.Speaker);
        Assert.False(LoadedRules.IsUse(item));
    }

    [Fact]
    public void A_gerund_or_an_infinitive_names_no_speaker()
    {
        var text = "As representatives of NGOs of Norway, we call on the European Commission and individual states to urgently condemn the policy of aggression.";
        var analysis = Analyzer.Analyze(text);
        var item = Assert.Single(analysis.Loaded);
        Assert.Equal(analysis.Issuer?.Name, item.Speaker);
    }

    [Fact]
    public void About_is_the_phrase_an_adjective_qualifies()
    {
        var item = Assert.Single(Loaded("Radical nationalist groups blocked the road."));
        Assert.Equal("nationalist groups", item.About);
    }
}
