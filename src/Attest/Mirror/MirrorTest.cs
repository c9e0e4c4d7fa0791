using System.Collections.Immutable;
using Attest.Analysis;

namespace Attest.Mirror;

/// <summary>Analyses a text and its mirror image (the sides' names swapped) and compares the two structures with
/// names mapped to their side. The mirror image is read in the mirror world (<see cref="NameSwap.Mirror"/>): the
/// swap renames the sides in the text and the mirrored lexicons rename and move their knowledge alike, so the two
/// readings differ only where a rule treats the sides' names differently.
/// Immutable and thread-safe.</summary>
public sealed class MirrorTest
{
    private readonly Analyzer analyzer;
    private readonly Analyzer mirrorWorld;
    private readonly NameSwap swap;

    /// <summary>A test of <paramref name="analyzer"/> under <paramref name="swap"/>; builds the mirror world's
    /// analyzer once.</summary>
    public MirrorTest(Analyzer analyzer, NameSwap swap)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(swap);
        this.analyzer = analyzer;
        this.swap = swap;
        mirrorWorld = new Analyzer(analyzer.Version, swap.Mirror(analyzer.Lexicons));
    }

    /// <summary>The share of <paramref name="results"/> with the same structure, 1 when there are none.</summary>
    public static double Rate(IReadOnlyCollection<MirrorResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Count == 0 ? 1.0 : (double)results.Count(r => r.Same) / results.Count;
    }

    /// <summary>Reads <paramref name="text"/> both ways and lists what differs.</summary>
    public MirrorResult Run(string document, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var swapped = swap.Swap(text);
        var first = analyzer.Analyze(text);
        var second = mirrorWorld.Analyze(swapped);
        var original = MirrorShape.Of(first, v => swap.Canonical(v, swapped: false));
        var mirrored = MirrorShape.Of(second, v => swap.Canonical(v, swapped: true));
        return new MirrorResult(document, swap.CountNames(text), Minus(original, mirrored), Minus(mirrored, original));
    }

    /// <summary>The lines of <paramref name="left"/> not matched one for one in <paramref name="right"/> (both sorted).</summary>
    private static ImmutableArray<string> Minus(ImmutableArray<string> left, ImmutableArray<string> right)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in right)
        {
            counts[line] = counts.GetValueOrDefault(line) + 1;
        }

        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var line in left)
        {
            if (counts.TryGetValue(line, out var n) && n > 0)
            {
                counts[line] = n - 1;
            }
            else
            {
                result.Add(line);
            }
        }

        return result.ToImmutable();
    }
}
