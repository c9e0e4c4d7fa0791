using System.Collections.Immutable;

namespace Attest.Linking;

/// <summary>Which incident each report belongs to.</summary>
/// <param name="ClusterOf">For each input report, index for index, the number of its incident (0 to
/// <see cref="ClusterCount"/> − 1). Incidents are numbered in the order of their first report in the input.</param>
public sealed record LinkResult(ImmutableArray<int> ClusterOf, int ClusterCount)
{
    /// <summary>The input indexes of each incident's reports, in input order.</summary>
    public ImmutableArray<ImmutableArray<int>> Clusters()
    {
        var sizes = new int[ClusterCount];
        foreach (var cluster in ClusterOf)
        {
            sizes[cluster]++;
        }

        var members = new int[ClusterCount][];
        for (var c = 0; c < ClusterCount; c++)
        {
            members[c] = new int[sizes[c]];
            sizes[c] = 0;
        }

        for (var i = 0; i < ClusterOf.Length; i++)
        {
            var c = ClusterOf[i];
            members[c][sizes[c]++] = i;
        }

        return [.. members.Select(m => ImmutableArray.Create(m))];
    }
}
