using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Model;
using Attest.Rhetoric;
using Attest.Text;
using Xunit;

namespace Attest.Tests.Rhetoric;

public sealed class LoadedRulesTests
{
    public static TheoryData<LoadedVoice, LoadedModality> Every()
    {
        var data = new TheoryData<LoadedVoice, LoadedModality>();
        foreach (var voice in Enum.GetValues<LoadedVoice>())
        {
            foreach (var modality in Enum.GetValues<LoadedModality>())
            {
                data.Add(voice, modality);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void Rule_ids_round_trip(LoadedVoice voice, LoadedModality modality)
    {
        var id = LoadedRules.RuleId(voice, modality);
        Assert.StartsWith("loaded.", id, StringComparison.Ordinal);
        Assert.True(LoadedRules.TryParse(id, out var v, out var m));
        Assert.Equal((voice, modality), (v, m));
    }

    [Theory]
    [InlineData("quote.said-after")]
    [InlineData("loaded.")]
    [InlineData("loaded.quote")]
    [InlineData("loaded.nobody.used")]
    [InlineData(null)]
    public void Other_rule_ids_do_not_parse_and_count_as_uses(string? id)
    {
        Assert.False(LoadedRules.TryParse(id, out _, out _));
        var term = new LoadedTerm("radicals", LoadedKind.ExtremismLabel, null, null, new Evidence([new Span(0, 8)], id ?? "other"));
        Assert.True(LoadedRules.IsUse(term));
    }
}

/// <summary>The bundled loaded-term lexicon keeps to its own rules: every class is a kind, and no entry names a
/// country or a nationality.</summary>
public sealed class LoadedLexiconTests
{
    private static readonly ImmutableArray<LexiconEntry> Terms = LexiconSet.Bundled.OfKind("loaded");

    [Fact]
    public void Every_entry_has_a_known_kind()
    {
        Assert.NotEmpty(Terms);
        var kinds = new[] { "terror_label", "extremism_label", "dehumanising", "aggression_label", "atrocity_label", "disinformation_label", "intensifier", "other" };
        Assert.All(Terms, e => Assert.Contains(e.Attribute("class"), kinds));
    }

    [Fact]
    public void No_entry_names_a_country_or_a_nationality()
    {
        var names = LexiconSet.Bundled.OfKind("country")
            .SelectMany(c => c.Aliases.Prepend(c.Name)
                .Concat((c.Attribute("adj") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
                .Concat((c.Attribute("demonym") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Terms)
        {
            foreach (var form in entry.Aliases.Prepend(entry.Name))
            {
                Assert.DoesNotContain(form.Split(' ', '-'), w => names.Contains(w));
            }
        }
    }

    [Fact]
    public void Every_kind_has_entries()
    {
        var kinds = Terms.Select(e => e.Attribute("class")).Distinct().Count();
        Assert.Equal(8, kinds);
    }
}
