namespace Attest.Eval;

/// <summary>Pairwise score of cross-document incident linking.</summary>
/// <remarks>Every pair of gold incidents from different documents is a question: are they the same incident?
/// Gold answers yes when their keys are equal; the system answers yes when both were matched to predicted
/// incidents that carry the same cluster id. A pair the system joins is a true positive when gold joins it and
/// a false positive otherwise; a pair gold joins and the system does not (including when either incident was
/// not found at all) is a false negative. Pairs are counted by group sizes rather than one by one.</remarks>
internal static class IncidentLinking
{
    /// <summary>One gold incident: its document (any id that tells documents apart), its gold key, and the
    /// cluster id of the prediction it was matched to (null when unmatched or not linked).</summary>
    public readonly record struct Item(int Document, string? Key, string? Cluster);

    public static Score Score(IReadOnlyList<Item> items)
    {
        var goldSame = CrossDocumentPairs(items.Where(i => i.Key is not null), i => i.Key!);
        var predictedSame = CrossDocumentPairs(items.Where(i => i.Cluster is not null), i => i.Cluster!);
        var bothSame = CrossDocumentPairs(items.Where(i => i.Key is not null && i.Cluster is not null), i => i.Key + "\0" + i.Cluster);
        return new Score(
            checked((int)bothSame),
            checked((int)(predictedSame - bothSame)),
            checked((int)(goldSame - bothSame)));
    }

    /// <summary>The number of pairs that share a group and come from different documents: all pairs in each
    /// group minus the pairs within one document.</summary>
    private static long CrossDocumentPairs(IEnumerable<Item> items, Func<Item, string> group)
    {
        long pairs = 0;
        foreach (var members in items.GroupBy(group, StringComparer.Ordinal))
        {
            long count = 0;
            long sameDocument = 0;
            foreach (var perDocument in members.GroupBy(m => m.Document))
            {
                long n = perDocument.Count();
                count += n;
                sameDocument += n * (n - 1) / 2;
            }

            pairs += (count * (count - 1) / 2) - sameDocument;
        }

        return pairs;
    }
}
