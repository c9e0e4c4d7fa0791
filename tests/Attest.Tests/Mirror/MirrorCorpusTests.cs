using Attest.Analysis;
using Attest.Ingest;
using Attest.Mirror;
using Xunit;

namespace Attest.Tests.Mirror;

/// <summary>The mirror test on the bundled samples and the seed texts: documents not listed as known asymmetries
/// must read the same with the sides swapped; known ones may differ only in the categories listed, which name the
/// stage or lexicon at fault; the rate may only go up. Loaded language is never among them.</summary>
/// <remarks>Known asymmetries measured when these tests were written (codes: document number prefix):
/// seeds Iran:Azerbaijan — 002 claim (the claim stage cuts the target "attack on the Embassy of X in Y" one word
/// earlier when the longer name comes first), 003 incident (an incident's countries merge the code of a region
/// that is not swapped with the code of a swapped name, so one set holds two codes where the other holds one);
/// samples — a body the text names only by its office ("the Interior Ministry said") is bound to the state of the
/// place or outlet in context; the swap renames countries, demonyms and capitals but not other towns or outlets,
/// which keep their country in the lexicons, so the body is bound to the other side in the swapped text
/// (organization, and the incident it reports); incident: the incident stage reads perpetrators and targets
/// differently for the two sides' names.</remarks>
public sealed class MirrorCorpusTests
{
    public static TheoryData<string, string, int, string> Cases() => new()
    {
        // corpus, pair, documents that must be the same (at least), known asymmetries "doc:category,category"
        { "seeds", "Armenia:Azerbaijan", 5, "" },
        { "seeds", "Iran:Azerbaijan", 3, "002:claim 003:incident" },
        { "seeds", "France:Lebanon", 5, "" },
        { "samples", "Estravia:Kovaria", 12, "04:incident 12:incident 13:incident,organization 14:incident 15:incident,organization" },
        { "samples", "Kovaria:Orsenia", 12, "03:place 04:incident 07:place 14:incident 15:incident,organization" },
        { "samples", "Estravia:Orsenia", 14, "01:incident 12:incident 13:incident,organization" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_both_sides_by_the_same_rules(string corpus, string pair, int atLeastSame, string known)
    {
        var (folder, analyzer) = Corpus(corpus);
        var swap = NameSwap.Create(analyzer.Lexicons, [pair]);
        Assert.True(swap.Success, swap.Error);
        var test = new MirrorTest(analyzer, swap.Value!);
        var allowed = known.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(k => k[..k.IndexOf(':', StringComparison.Ordinal)], k => k[(k.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(','));
        var results = new List<MirrorResult>();
        foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var document = DocumentReader.Read(path);
            Assert.True(document.Success, document.Error);
            var result = test.Run(Path.GetFileName(path), document.Value!.Text);
            results.Add(result);
            var differences = result.OnlyOriginal.Concat(result.OnlySwapped).ToList();
            Assert.DoesNotContain(differences, d => d.StartsWith("loaded", StringComparison.Ordinal));
            var prefix = result.Document[..result.Document.IndexOf('_', StringComparison.Ordinal)];
            if (!allowed.TryGetValue(prefix, out var categories))
            {
                Assert.True(result.Same, $"{pair} {result.Document}: {string.Join("; ", differences)}");
                continue;
            }

            Assert.All(differences, d => Assert.Contains(d[..d.IndexOf(" | ", StringComparison.Ordinal)], categories));
        }

        Assert.True(results.Count(r => r.Same) >= atLeastSame, $"{pair}: {results.Count(r => r.Same)} of {results.Count} the same, expected at least {atLeastSame}");
        Assert.True(results.Sum(r => r.Names) > 0);
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
