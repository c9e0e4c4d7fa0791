using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Attest.Lexicons;

/// <summary>All the knowledge one analyzer uses: the bundled lexicons plus the user's, grouped by kind.
/// Immutable; stages read what they need when the analyzer is built.</summary>
public sealed class LexiconSet
{
    private readonly ImmutableDictionary<string, ImmutableArray<LexiconEntry>> byKind;

    public LexiconSet(IEnumerable<LexiconEntry> entries)
    {
        All = entries.ToImmutableArray();
        byKind = All
            .GroupBy(e => e.Kind, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        Fingerprint = ComputeFingerprint(All);
    }

    /// <summary>The bundled lexicons only.</summary>
    public static LexiconSet Bundled { get; } = new(BundledLexicons.Names.SelectMany(name => BundledLexicons.Load(name)));

    /// <summary>Every entry, bundled first, in file and line order.</summary>
    public ImmutableArray<LexiconEntry> All { get; }

    /// <summary>A short hash of every entry, so an analysis records exactly which knowledge produced it.</summary>
    public string Fingerprint { get; }

    /// <summary>The entries of one kind (<c>country</c>, <c>title</c> …), in load order; empty when none.</summary>
    public ImmutableArray<LexiconEntry> OfKind(string kind) => byKind.TryGetValue(kind, out var entries) ? entries : [];

    /// <summary>This set with more entries after it (a user's lexicon file).</summary>
    public LexiconSet With(IEnumerable<LexiconEntry> more) => new(All.AddRange(more));

    private static string ComputeFingerprint(ImmutableArray<LexiconEntry> entries)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        foreach (var entry in entries)
        {
            line.Clear()
                .Append(entry.Kind).Append('\t').Append(entry.Name).Append('\t')
                .AppendJoin('|', entry.Aliases).Append('\t')
                .AppendJoin(';', entry.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value))
                .Append('\n');
            hash.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
