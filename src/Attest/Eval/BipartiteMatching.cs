namespace Attest.Eval;

/// <summary>Maximum one-to-one matching between gold items and predictions (augmenting paths).</summary>
/// <remarks>Greedy matching can lose a pair: when prediction A fits gold 1 and 2 but prediction B fits only
/// gold 1, taking A for gold 1 strands B. Augmenting paths find the largest matching. Which of several equally
/// large matchings is chosen matters for linking, where two accounts of look-alike incidents in one document
/// must not be swapped: each gold item tries the predictions it prefers first, and a free one before taking
/// one from another gold item, so among equals the i-th gold item keeps the i-th prediction. The result is the
/// same from run to run.</remarks>
internal static class BipartiteMatching
{
    /// <summary>For each gold item, the index of the prediction matched to it, or -1.</summary>
    /// <param name="preference">preference[g, p] is 0 when prediction p cannot match gold item g, and otherwise
    /// a positive rank: higher is tried first.</param>
    public static int[] Maximum(int[,] preference)
    {
        var goldCount = preference.GetLength(0);
        var predictedCount = preference.GetLength(1);
        var candidates = new int[goldCount][];
        for (var gold = 0; gold < goldCount; gold++)
        {
            var g = gold;
            candidates[gold] = [.. Enumerable.Range(0, predictedCount)
                .Where(p => preference[g, p] > 0)
                .OrderByDescending(p => preference[g, p])
                .ThenBy(p => p)];
        }

        var goldOf = new int[predictedCount];
        Array.Fill(goldOf, -1);
        var visited = new bool[predictedCount];
        for (var gold = 0; gold < goldCount; gold++)
        {
            Array.Clear(visited);
            Augment(gold, candidates, goldOf, visited);
        }

        var predictedOf = new int[goldCount];
        Array.Fill(predictedOf, -1);
        for (var predicted = 0; predicted < predictedCount; predicted++)
        {
            if (goldOf[predicted] >= 0)
            {
                predictedOf[goldOf[predicted]] = predicted;
            }
        }

        return predictedOf;
    }

    private static bool Augment(int gold, int[][] candidates, int[] goldOf, bool[] visited)
    {
        foreach (var predicted in candidates[gold])
        {
            if (goldOf[predicted] < 0)
            {
                visited[predicted] = true;
                goldOf[predicted] = gold;
                return true;
            }
        }

        foreach (var predicted in candidates[gold])
        {
            if (visited[predicted])
            {
                continue;
            }

            visited[predicted] = true;
            if (Augment(goldOf[predicted], candidates, goldOf, visited))
            {
                goldOf[predicted] = gold;
                return true;
            }
        }

        return false;
    }
}
