using System.Runtime.InteropServices;

namespace Attest.Linking;

/// <summary>Finds near-copies among many texts without comparing every pair: signatures are cut into bands of
/// two slots, and only texts that share a whole band are compared (locality-sensitive hashing). With 64 bands,
/// a pair at resemblance 0.3 becomes a candidate with probability above 0.99, an unrelated pair (0.01) with
/// about 0.006.</summary>
/// <remarks>Two texts are copies when their resemblance is at least <see cref="MinResemblance"/> and the
/// shorter one's shingles are at least <see cref="MinContainment"/> inside the other: a portal's copy of an
/// agency text with a new headline, a cookie banner and a paragraph dropped keeps well above both, while two
/// reports of one event in different words share almost no five-word runs. A long article that quotes a short
/// statement whole has a high containment but a low resemblance, and stays a source of its own.</remarks>
public sealed class NearDuplicateIndex
{
    /// <summary>Least resemblance of copies.</summary>
    public const double MinResemblance = 0.3;

    /// <summary>Least containment of copies.</summary>
    public const double MinContainment = 0.5;

    private const int RowsPerBand = 2;

    private readonly Dictionary<(int Band, ulong Hash), List<int>> bands = [];
    private readonly List<(long Id, TextFingerprint Fingerprint)> entries = [];

    /// <summary>How many texts the index holds.</summary>
    public int Count => entries.Count;

    /// <summary>True when two fingerprints are copies of one text by the thresholds above.</summary>
    public static bool AreCopies(TextFingerprint a, TextFingerprint b, out double resemblance, out double containment)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        resemblance = a.Resemblance(b);
        containment = a.Containment(b);
        return resemblance >= MinResemblance && containment >= MinContainment;
    }

    /// <summary>Adds a text. Ids are the caller's (document ids); adding one twice adds it twice.</summary>
    public void Add(long id, TextFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var position = entries.Count;
        entries.Add((id, fingerprint));
        if (fingerprint.Shingles == 0)
        {
            return;
        }

        for (var band = 0; band < fingerprint.Signature.Length / RowsPerBand; band++)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(bands, (band, BandHash(fingerprint, band)), out _);
            list ??= [];
            list.Add(position);
        }
    }

    /// <summary>The texts in the index that are copies of <paramref name="fingerprint"/> (whose id is
    /// <paramref name="id"/>, skipped), as pairs with the lower id as the original, ordered by that id.</summary>
    public IReadOnlyList<NearDuplicate> Find(long id, TextFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var found = new List<NearDuplicate>();
        if (fingerprint.Shingles == 0)
        {
            return found;
        }

        var seen = new HashSet<int>();
        for (var band = 0; band < fingerprint.Signature.Length / RowsPerBand; band++)
        {
            if (!bands.TryGetValue((band, BandHash(fingerprint, band)), out var list))
            {
                continue;
            }

            foreach (var position in list)
            {
                var (otherId, other) = entries[position];
                if (otherId == id || !seen.Add(position))
                {
                    continue;
                }

                if (AreCopies(fingerprint, other, out var resemblance, out var containment))
                {
                    found.Add(new NearDuplicate(Math.Max(id, otherId), Math.Min(id, otherId), resemblance, containment));
                }
            }
        }

        found.Sort((x, y) => (x.Original == id ? x.Document : x.Original).CompareTo(y.Original == id ? y.Document : y.Original));
        return found;
    }

    /// <summary>The source group of every document named in <paramref name="pairs"/>: copies joined
    /// transitively, each group named by its lowest id. Documents in no pair are their own group.</summary>
    public static Dictionary<long, long> Groups(IEnumerable<NearDuplicate> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var parent = new Dictionary<long, long>();
        long Root(long x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                parent[x] = parent.TryGetValue(p, out var gp) ? gp : p;
                x = p;
            }

            return x;
        }

        foreach (var pair in pairs)
        {
            parent.TryAdd(pair.Document, pair.Document);
            parent.TryAdd(pair.Original, pair.Original);
            var a = Root(pair.Document);
            var b = Root(pair.Original);
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        return parent.Keys.ToDictionary(k => k, Root);
    }

    private static ulong BandHash(TextFingerprint fingerprint, int band)
    {
        var hash = 14695981039346656037UL;
        for (var r = 0; r < RowsPerBand; r++)
        {
            unchecked
            {
                hash = (hash ^ fingerprint.Signature[(band * RowsPerBand) + r]) * 1099511628211UL;
            }
        }

        return hash;
    }
}
