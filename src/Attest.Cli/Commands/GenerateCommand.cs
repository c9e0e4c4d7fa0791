using Spectre.Console;
using System.CommandLine;
using System.Globalization;
using Attest.Ingest;

namespace Attest.Cli.Commands;

/// <summary><c>attest generate</c>: writes a synthetic corpus for throughput and memory runs.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliEnvironment env)
    {
        var output = new Option<string>("--out") { Description = "folder to write into (created if missing)", Required = true, HelpName = "DIR" };
        var megabytes = new Option<int>("--megabytes") { Description = "stop after writing this many MiB", DefaultValueFactory = _ => 50, HelpName = "MB" };
        var seed = new Option<int>("--seed") { Description = "the same seed always writes the same corpus", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Write a synthetic news-like corpus (invented names) for throughput runs.") { output, megabytes, seed };
        command.SetAction(result =>
        {
            var size = result.GetValue(megabytes);
            if (size < 1)
            {
                throw new CliException($"--megabytes must be at least 1, not {size}");
            }

            var folder = result.GetValue(output)!;
            var (documents, bytes) = new SyntheticCorpus(result.GetValue(seed)).WriteTo(folder, size * 1024L * 1024L);
            env.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {documents} documents ({bytes / (1024.0 * 1024.0):0.0} MB) to {folder}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
