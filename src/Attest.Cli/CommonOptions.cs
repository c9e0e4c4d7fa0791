using System.CommandLine;
using Attest.Analysis;
using Attest.Storage;

namespace Attest.Cli;

/// <summary>Options several commands share, and what they resolve to.</summary>
internal static class CommonOptions
{
    public const string StoreVariable = "ATTEST_STORE";

    public static Option<string?> Store() => new("--store")
    {
        Description = $"SQLite store file (default: ${StoreVariable}, else {SqliteStore.DefaultPath} in the current folder)",
        HelpName = "FILE",
    };

    public static Option<string[]> Lexicon() => new("--lexicon")
    {
        Description = "extra lexicon file (docs/lexicons.md); repeatable",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<bool> Json() => new("--json") { Description = "print JSON instead of tables" };

    public static string StorePath(ParseResult result, Option<string?> option, CliEnvironment env) =>
        result.GetValue(option) ?? env.Variable(StoreVariable) ?? SqliteStore.DefaultPath;

    public static SqliteStore OpenStore(string path)
    {
        try
        {
            return SqliteStore.Open(path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new CliException($"{path}: cannot open store: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>Opens an existing store for reading; a missing file is a user error, not an empty store.</summary>
    public static SqliteStore OpenExistingStore(string path) =>
        File.Exists(path)
            ? OpenStore(path)
            : throw new CliException($"{path}: no store here yet; run `attest analyze PATH` first or pass --store FILE");

    public static Analyzer BuildAnalyzer(IEnumerable<string> lexicons)
    {
        var builder = new AnalyzerBuilder();
        foreach (var path in lexicons)
        {
            var added = builder.AddLexiconFile(path);
            if (!added.Success)
            {
                throw new CliException(added.Error!);
            }
        }

        return builder.Build();
    }
}
