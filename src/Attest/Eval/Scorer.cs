using System.Collections.Immutable;

namespace Attest.Eval;

/// <summary>Scores a system's predictions against gold annotations, per category, for incident linking, and
/// overall. The matching rules are described in <c>docs/eval.md</c>.</summary>
public static class Scorer
{
    /// <summary>The categories of the report, in their fixed order, by their JSON names.</summary>
    public static ImmutableArray<string> CategoryNames { get; } =
    [
        "persons", "organizations", "places", "times", "figures", "legal", "quotes",
        "demands", "incidents", "loaded", "loaded_attributed", "issuer",
    ];

    /// <summary>The category that counts the loaded terms of <c>loaded</c> a second time, with their speakers,
    /// and is therefore left out of the micro average.</summary>
    private const string Attributed = "loaded_attributed";

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>. Documents pair by file
    /// name (the gold <c>doc</c> field). A predicted document without gold is ignored; a gold document without
    /// a prediction counts every gold item as missed.</summary>
    /// <exception cref="ArgumentException">Two gold or two predicted documents share a name, a document's
    /// incident clusters do not line up with its incidents, or a quote span lies outside its text.</exception>
    public static EvalReport Score(IReadOnlyList<GoldDocument> gold, IReadOnlyList<PredictedDocument> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);

        var byName = new Dictionary<string, PredictedDocument>(StringComparer.Ordinal);
        foreach (var document in predicted)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(predicted));
            var clusters = document.IncidentClusters.OrEmpty();
            if (clusters.Length != 0 && clusters.Length != document.Analysis.Incidents.OrEmpty().Length)
            {
                throw new ArgumentException($"{document.Doc}: {clusters.Length} incident clusters for {document.Analysis.Incidents.OrEmpty().Length} incidents", nameof(predicted));
            }

            if (!byName.TryAdd(NameOf(document.Doc), document))
            {
                throw new ArgumentException($"{document.Doc}: predicted twice", nameof(predicted));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var totals = new Score[CategoryNames.Length];
        Array.Fill(totals, Eval.Score.Zero);
        var links = new List<IncidentLinking.Item>();
        for (var d = 0; d < gold.Count; d++)
        {
            var goldDocument = gold[d];
            ArgumentNullException.ThrowIfNull(goldDocument, nameof(gold));
            var name = NameOf(goldDocument.Doc);
            if (!seen.Add(name))
            {
                throw new ArgumentException($"{goldDocument.Doc}: two gold documents for one document", nameof(gold));
            }

            var prediction = byName.GetValueOrDefault(name);
            DocumentScore scored;
            try
            {
                scored = DocumentScorer.Score(goldDocument, prediction?.Analysis);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"{goldDocument.Doc}: {e.Message}", nameof(predicted), e);
            }

            for (var c = 0; c < totals.Length; c++)
            {
                totals[c] += scored.Categories[c];
            }

            var clusters = prediction?.IncidentClusters.OrEmpty() ?? [];
            var incidents = goldDocument.Incidents.OrEmpty();
            for (var i = 0; i < incidents.Length; i++)
            {
                if (incidents[i].Optional)
                {
                    continue;
                }

                var match = scored.IncidentMatches[i];
                var cluster = match >= 0 && clusters.Length != 0 ? clusters[match] : null;
                links.Add(new IncidentLinking.Item(d, incidents[i].Key, cluster));
            }
        }

        var categories = ImmutableArray.CreateBuilder<CategoryScore>(CategoryNames.Length);
        var micro = Eval.Score.Zero;
        for (var c = 0; c < totals.Length; c++)
        {
            categories.Add(new CategoryScore(CategoryNames[c], totals[c]));
            if (!string.Equals(CategoryNames[c], Attributed, StringComparison.Ordinal))
            {
                micro += totals[c];
            }
        }

        return new EvalReport(categories.MoveToImmutable(), IncidentLinking.Score(links), micro);
    }

    /// <summary>Documents pair by file name, so a gold <c>doc</c> matches a prediction made from any folder.</summary>
    private static string NameOf(string doc) => Path.GetFileName(doc.Trim());
}
