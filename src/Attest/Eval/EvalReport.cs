using System.Collections.Immutable;

namespace Attest.Eval;

/// <summary>The result of scoring predictions against gold.</summary>
/// <param name="Categories">One score per category, in the order of <see cref="Scorer.CategoryNames"/>.</param>
/// <param name="Linking">Pairwise score of cross-document incident linking.</param>
/// <param name="Micro">Counts summed over every category except <c>loaded_attributed</c>, which counts the same
/// loaded terms again with their speakers; linking is not included either.</param>
public sealed record EvalReport(ImmutableArray<CategoryScore> Categories, Score Linking, Score Micro)
{
    /// <summary>The score of the category called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No category has that name.</exception>
    public Score this[string name]
    {
        get
        {
            foreach (var category in Categories)
            {
                if (string.Equals(category.Name, name, StringComparison.Ordinal))
                {
                    return category.Score;
                }
            }

            throw new KeyNotFoundException($"no category named \"{name}\"");
        }
    }
}
