using Attest.Analysis;
using Attest.Ingest;
using Attest.Mirror;
using Xunit;

namespace Attest.Tests.Mirror;

/// <summary>The mirror test on the bundled samples and the seed texts: every document must read the same with the
/// sides swapped, for three pairs each. A difference is an asymmetry in a rule or a lexicon, to be fixed at its
/// cause, never listed here as known.</summary>
/// <remarks>Causes found and fixed so far: the swapped text was read in the original world, where towns and
/// outlets the swap does not rename keep their side (now the mirror world, <see cref="NameSwap.Mirror"/>); the
/// claim stage cut a target at a token count, so a longer name moved its end onto "in" or split a name; a sample
/// lexicon listed a body under a state form its country does not use ("Republic of" for a kingdom). Found with
/// other pairs and fixed: a nation whose adjective is also its demonym ("French", "Lebanese") was never read as
/// people by the incident stage; the quote stage took "the Lebanese embassy" for a body named after the
/// Lebanese.</remarks>
public sealed class MirrorCorpusTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "seeds", "Armenia:Azerbaijan" },
        { "seeds", "Iran:Azerbaijan" },
        { "seeds", "France:Lebanon" },
        // States whose own names end in an organisation's head noun ("Russian Federation", "Swiss Confederation").
        { "seeds", "Russia:Armenia" },
        { "seeds", "Switzerland:Azerbaijan" },
        { "samples", "Estravia:Kovaria" },
        { "samples", "Kovaria:Orsenia" },
        { "samples", "Estravia:Orsenia" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_both_sides_by_the_same_rules(string corpus, string pair)
    {
        var (folder, analyzer) = Corpus(corpus);
        var swap = NameSwap.Create(analyzer.Lexicons, [pair]);
        Assert.True(swap.Success, swap.Error);
        var test = new MirrorTest(analyzer, swap.Value!);
        var results = new List<MirrorResult>();
        foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var document = DocumentReader.Read(path);
            Assert.True(document.Success, document.Error);
            var result = test.Run(Path.GetFileName(path), document.Value!.Text);
            results.Add(result);
            Assert.True(result.Same, $"{pair} {result.Document}: {string.Join("; ", result.OnlyOriginal.Select(l => "- " + l).Concat(result.OnlySwapped.Select(l => "+ " + l)))}");
        }

        Assert.NotEmpty(results);
        Assert.Equal(1.0, MirrorTest.Rate(results));
        Assert.True(results.Sum(r => r.Names) > 0);
    }

    [Fact]
    public void Finds_an_asymmetry_in_knowledge_listed_for_one_side_only()
    {
        // One side's newspaper is listed with a second spelling the other side's lacks: the swapped text names the
        // other side's paper by a form the lexicons do not know, and the test must say so.
        var builder = new AnalyzerBuilder();
        var added = builder.AddLexicon(new StringReader(
            "country\tNorland\t\tiso=XN;adj=Norlandic;demonym=Norlanders;capital=Varn\n" +
            "country\tSudmark\t\tiso=XS;adj=Sudmarkish;demonym=Sudmarkers;capital=Ostel\n" +
            "city\tVarn\t\tcountry=XN\n" +
            "city\tOstel\t\tcountry=XS\n" +
            "outlet\tNorland Daily\tNorlandic Daily\tcountry=XN\n" +
            "outlet\tSudmark Daily\t\tcountry=XS\n"), "test");
        Assert.True(added.Success, added.Error);
        var analyzer = builder.Build();
        var test = new MirrorTest(analyzer, NameSwap.Create(analyzer.Lexicons, ["Norland:Sudmark"]).Value!);

        var result = test.Run("daily", "Protesters stormed the embassy in Varn on Monday, the Norlandic Daily reported.");

        Assert.False(result.Same);
        Assert.Equal("organization | ⟦0a:adjective⟧ Daily | ⟦0a:name⟧", Assert.Single(result.OnlyOriginal));
        Assert.Equal("organization | ⟦0a:adjective⟧ Daily | -", Assert.Single(result.OnlySwapped));
    }

    private static (string Folder, Analyzer Analyzer) Corpus(string name)
    {
        if (name == "seeds")
        {
            return (RepositoryRoot.Shared("corpus", "seeds"), Analyzer.Default);
        }

        var builder = new AnalyzerBuilder();
        var added = builder.AddLexiconFile(Path.Combine(RepositoryRoot.Path, "samples", "lexicon.tsv"));
        Assert.True(added.Success, added.Error);
        return (Path.Combine(RepositoryRoot.Path, "samples", "corpus"), builder.Build());
    }
}
