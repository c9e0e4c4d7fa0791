using Attest.Lexicons;

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
        var lexicons = extra.Count == 0 ? LexiconSet.Bundled : LexiconSet.Bundled.With(extra);
        return new Analyzer(CodeVersion + "+" + lexicons.Fingerprint, lexicons);
    }
}
