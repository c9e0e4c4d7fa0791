using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The person and organisation stages alone, on one core, over text layers and lexicon matches built in
/// advance from about 2 MB of the generated corpus. MB/s = <see cref="Megabytes"/> / mean time; building the
/// stages is measured apart.</summary>
[MemoryDiagnoser]
public class NameStagesBenchmarks
{
    private TextLayer[] layers = [];
    private ImmutableArray<LexiconMatch>[] matches = [];
    private ImmutableArray<PersonMention>[] persons = [];
    private LexiconMatcher matcher = null!;
    private TextLayerBuilder builder = null!;
    private PersonStage personStage = null!;
    private OrganizationStage organizationStage = null!;

    /// <summary>Size of the text the layers cover, printed so the MB/s figure can be computed from the mean.</summary>
    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        builder = new TextLayerBuilder(AbbreviationLexicon.FromEntries(LexiconSet.Bundled.All));
        matcher = LexiconMatcher.Build(LexiconMatcher.MatchableEntries(LexiconSet.Bundled), new LexiconMatcherOptions { Tokenizer = builder });
        layers = BenchCorpus.Layers(builder);
        matches = [.. layers.Select(matcher.Match)];
        Megabytes = BenchCorpus.Megabytes;
        personStage = new PersonStage(matcher, LexiconSet.Bundled, builder);
        organizationStage = new OrganizationStage(matcher, LexiconSet.Bundled, builder);
        persons = [.. layers.Select((l, i) => personStage.Find(l, matches[i]))];
        var organizations = layers.Select((l, i) => organizationStage.Find(l, matches[i], persons[i]).Length).Sum();
        Console.WriteLine($"// corpus: {layers.Length} documents, {Megabytes:0.00} MB of text, {persons.Sum(p => p.Length)} persons, {organizations} organisations");
    }

    /// <summary>What the analyzer runs: persons, then organisations given the persons.</summary>
    [Benchmark(Baseline = true)]
    public int FindPersonsAndOrganizations()
    {
        var found = 0;
        for (var i = 0; i < layers.Length; i++)
        {
            var people = personStage.Find(layers[i], matches[i]);
            found += people.Length + organizationStage.Find(layers[i], matches[i], people).Length;
        }

        return found;
    }

    [Benchmark]
    public int FindPersons()
    {
        var found = 0;
        for (var i = 0; i < layers.Length; i++)
        {
            found += personStage.Find(layers[i], matches[i]).Length;
        }

        return found;
    }

    [Benchmark]
    public int FindOrganizations()
    {
        var found = 0;
        for (var i = 0; i < layers.Length; i++)
        {
            found += organizationStage.Find(layers[i], matches[i], persons[i]).Length;
        }

        return found;
    }

    /// <summary>Compiling the cues both stages share from the bundled lexicons, once per analyzer (the stages
    /// themselves cache them per matcher).</summary>
    [Benchmark]
    public object BuildCues() => NameCues.Create(matcher, LexiconSet.Bundled, builder);
}
