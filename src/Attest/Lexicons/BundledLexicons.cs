using System.Collections.Immutable;
using System.Reflection;

namespace Attest.Lexicons;

/// <summary>The lexicon files shipped in <c>lexicons/</c>, compiled into the core as resources
/// so the analyzer needs no install path.</summary>
public static class BundledLexicons
{
    private const string Prefix = "lexicons/";

    /// <summary>File names of the bundled lexicons, sorted.</summary>
    public static ImmutableArray<string> Names { get; } = typeof(BundledLexicons).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>Opens a bundled lexicon by file name (<c>abbreviations.tsv</c>).</summary>
    public static TextReader Open(string name)
    {
        var stream = typeof(BundledLexicons).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new ArgumentException($"no bundled lexicon named \"{name}\"", nameof(name));
        return new StreamReader(stream);
    }

    /// <summary>Reads every entry of one bundled file. A bundled file that fails to parse is a build defect.</summary>
    public static ImmutableArray<LexiconEntry> Load(string name)
    {
        using var reader = Open(name);
        var parsed = LexiconFile.Parse(reader, "lexicons/" + name);
        return parsed.Success ? parsed.Value : throw new InvalidDataException(parsed.Error);
    }
}
