using Attest.Eval;

namespace Attest.Linking;

/// <summary>Prepares each distinct place name once: corpora repeat a few thousand names across millions of
/// reports, and folding them anew for every comparison would dominate the linker's time.</summary>
internal sealed class PlaceCache(Gazetteer gazetteer)
{
    private readonly Dictionary<string, PlaceInfo?> known = new(StringComparer.Ordinal);

    public Gazetteer Gazetteer => gazetteer;

    public PlaceInfo? Get(string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return null;
        }

        if (known.TryGetValue(place, out var info))
        {
            return info;
        }

        var folded = TextFold.Fold(place);
        var words = TextFold.Words(folded);
        info = words.Count == 0 ? null : new PlaceInfo(place, string.Join(' ', words), words, gazetteer.Scale(place));
        known.Add(place, info);
        return info;
    }
}
