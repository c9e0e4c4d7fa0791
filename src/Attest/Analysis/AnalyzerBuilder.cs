using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Analysis;

/// <summary>Collects lexicons (the bundled ones plus any the user adds), then compiles them once into an
/// immutable, thread-safe <see cref="Analyzer"/>.</summary>
public sealed class AnalyzerBuilder
{
    /// <summary>The version of the analyzer's code and rules; the lexicon fingerprint is appended to it.</summary>
    public const string CodeVersion = "0.1.0";

    private readonly List<LexiconEntry> extra = [];
    private bool built;

    /// <summary>Adds entries from a user lexicon file; a malformed line fails with its file and line.</summary>
    public Parsed<int> AddLexiconFile(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return AddLexicon(reader, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Parsed<int>.Fail($"{path}: cannot read lexicon: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>Adds entries read from <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    public Parsed<int> AddLexicon(TextReader reader, string sourceName)
    {
        var parsed = LexiconFile.Parse(reader, sourceName);
        if (!parsed.Success)
        {
            return Parsed<int>.Fail(parsed.Error!);
        }

        extra.AddRange(parsed.Value);
        return Parsed<int>.Ok(parsed.Value.Length);
    }

    /// <summary>Compiles the analyzer. A builder builds once: a second call is a programming error.</summary>
    public Analyzer Build()
    {
        if (built)
        {
            throw new InvalidOperationException("Build() was already called on this builder.");
        }

        built = true;
        var bundled = BundledLexicons.Names.SelectMany(name => BundledLexicons.Load(name)).ToImmutableArray();
        var all = bundled.AddRange(extra);
        var abbreviations = AbbreviationLexicon.FromEntries(all.Where(e => e.Kind == "abbreviation"));
        return new Analyzer(CodeVersion + "+" + Fingerprint(all), new TextLayerBuilder(abbreviations));
    }

    /// <summary>A short hash of every lexicon entry, so an analysis records exactly which knowledge produced it.</summary>
    private static string Fingerprint(ImmutableArray<LexiconEntry> entries)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in entries)
        {
            var line = new StringBuilder()
                .Append(entry.Kind).Append('\t').Append(entry.Name).Append('\t')
                .AppendJoin('|', entry.Aliases).Append('\t')
                .AppendJoin(';', entry.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value))
                .Append('\n');
            hash.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
