namespace Attest.Eval;

/// <summary>Scores one category of one document: one-to-one matching of required gold items, then the
/// leftover predictions are sorted into duplicates, judgement calls and false positives.</summary>
internal static class CategoryTally
{
    /// <summary>Counts true positives, false positives and false negatives.</summary>
    /// <param name="key">The prediction's normalised key, used by <see cref="Counting.Mentions"/> to count a
    /// false positive once however often it is mentioned.</param>
    /// <param name="predictedOf">For each gold item, the index of the prediction matched to it, or -1
    /// (always -1 for an optional item).</param>
    /// <param name="preference">Among the predictions that fit a gold item, which to match first (higher
    /// first); all alike when null.</param>
    public static Score Count<TGold, TPredicted>(
        IReadOnlyList<TGold> gold,
        Func<TGold, bool> isOptional,
        IReadOnlyList<TPredicted> predicted,
        Func<TGold, TPredicted, bool> fits,
        Counting counting,
        Func<TPredicted, string> key,
        out int[] predictedOf,
        Func<TGold, TPredicted, int>? preference = null)
    {
        var required = new List<int>(gold.Count);
        for (var g = 0; g < gold.Count; g++)
        {
            if (!isOptional(gold[g]))
            {
                required.Add(g);
            }
        }

        var table = new int[required.Count, predicted.Count];
        for (var r = 0; r < required.Count; r++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (fits(gold[required[r]], predicted[p]))
                {
                    table[r, p] = 1 + (preference?.Invoke(gold[required[r]], predicted[p]) ?? 0);
                }
            }
        }

        var matching = BipartiteMatching.Maximum(table);
        predictedOf = new int[gold.Count];
        Array.Fill(predictedOf, -1);
        var matchedPredictions = new bool[predicted.Count];
        var truePositives = 0;
        for (var r = 0; r < required.Count; r++)
        {
            if (matching[r] >= 0)
            {
                predictedOf[required[r]] = matching[r];
                matchedPredictions[matching[r]] = true;
                truePositives++;
            }
        }

        var falsePositives = 0;
        var falseKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < predicted.Count; p++)
        {
            if (matchedPredictions[p])
            {
                continue;
            }

            var fitsRequired = false;
            var fitsOptional = false;
            for (var g = 0; g < gold.Count && !(fitsRequired && fitsOptional); g++)
            {
                if (!fits(gold[g], predicted[p]))
                {
                    continue;
                }

                if (isOptional(gold[g]))
                {
                    fitsOptional = true;
                }
                else
                {
                    fitsRequired = true;
                }
            }

            if (fitsOptional)
            {
                // A judgement call: neither right nor wrong.
                continue;
            }

            if (counting == Counting.Items)
            {
                falsePositives++;
            }
            else if (!fitsRequired && falseKeys.Add(key(predicted[p])))
            {
                falsePositives++;
            }
        }

        return new Score(truePositives, falsePositives, required.Count - truePositives);
    }
}
