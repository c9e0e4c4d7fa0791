using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;

namespace Attest.Tests.Mentions;

/// <summary>The person and organisation stages over the bundled lexicons, or over the bundled lexicons plus a
/// few lines of a user lexicon, with results as short strings that tables can compare.</summary>
internal static class PersonOrganizationFixture
{
    private static readonly Lazy<Stages> Bundled = new(() => new Stages(LexiconSet.Bundled));

    /// <summary>The persons found in <paramref name="text"/>, "Name" each, joined by "; ".</summary>
    public static string Persons(string text, string? lexicon = null) =>
        string.Join("; ", Find(text, lexicon).Persons.Select(p => p.Name));

    /// <summary>The distinct persons found, "Name" each, in order of first mention.</summary>
    public static string DistinctPersons(string text, string? lexicon = null) =>
        string.Join("; ", Find(text, lexicon).Persons.Select(p => p.Name).Distinct(StringComparer.Ordinal));

    /// <summary>The organisations found in <paramref name="text"/>, "Name" or "Name|XX" with the state, joined by "; ".</summary>
    public static string Organizations(string text, string? lexicon = null, string? placeOfIssue = null) =>
        string.Join("; ", Find(text, lexicon, placeOfIssue).Organizations.Select(o => o.Country is null ? o.Name : o.Name + "|" + o.Country));

    /// <summary>The distinct organisation names found, in order of first mention.</summary>
    public static string DistinctOrganizations(string text, string? lexicon = null, string? placeOfIssue = null) =>
        string.Join("; ", Find(text, lexicon, placeOfIssue).Organizations.Select(o => o.Name).Distinct(StringComparer.Ordinal));

    public static (ImmutableArray<PersonMention> Persons, ImmutableArray<OrganizationMention> Organizations, string Text) Find(
        string text, string? lexicon = null, string? placeOfIssue = null)
    {
        var stages = lexicon is null ? Bundled.Value : new Stages(LexiconSet.Bundled.With(Parse(lexicon)));
        var layer = TextLayerBuilder.Default.Build(text);
        var matches = stages.Matcher.Match(layer);
        var persons = stages.Persons.Find(layer, matches);
        var metadata = DocumentMetadata.Empty with { PlaceOfIssue = placeOfIssue };
        return (persons, stages.Organizations.Find(layer, matches, persons, metadata), layer.Text);
    }

    /// <summary>The organisations of <paramref name="text"/> when the person stage last read another document on
    /// this thread (the stages share a per-thread view of the last document).</summary>
    public static string OrganizationsAfterAnotherDocument(string text, string other)
    {
        var stages = Bundled.Value;
        var layer = TextLayerBuilder.Default.Build(text);
        var matches = stages.Matcher.Match(layer);
        var persons = stages.Persons.Find(layer, matches);
        var otherLayer = TextLayerBuilder.Default.Build(other);
        stages.Persons.Find(otherLayer, stages.Matcher.Match(otherLayer));
        var organizations = stages.Organizations.Find(layer, matches, persons);
        return string.Join("; ", organizations.Select(o => o.Country is null ? o.Name : o.Name + "|" + o.Country));
    }

    private static ImmutableArray<LexiconEntry> Parse(string lexicon)
    {
        var parsed = LexiconFile.Parse(new StringReader(lexicon.Replace("\\t", "\t", StringComparison.Ordinal)), "test.tsv");
        Assert.True(parsed.Success, parsed.Error);
        return parsed.Value;
    }

    private sealed class Stages
    {
        public Stages(LexiconSet lexicons)
        {
            Matcher = LexiconMatcher.Build(LexiconMatcher.MatchableEntries(lexicons));
            Persons = new PersonStage(Matcher, lexicons);
            Organizations = new OrganizationStage(Matcher, lexicons);
        }

        public LexiconMatcher Matcher { get; }

        public PersonStage Persons { get; }

        public OrganizationStage Organizations { get; }
    }
}
