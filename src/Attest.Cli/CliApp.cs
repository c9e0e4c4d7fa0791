using System.CommandLine;
using Attest.Cli.Commands;

namespace Attest.Cli;

/// <summary>The <c>attest</c> command line: builds the command tree and runs one invocation.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliEnvironment env)
    {
        var root = new RootCommand("Attest: an attributed, cross-checked incident record from statements and news.")
        {
            AnalyzeCommand.Create(env),
            DocumentsCommand.Create(env),
            ShowCommand.Create(env),
            SearchCommand.Create(env),
            EvalCommand.Create(env),
            GenerateCommand.Create(env),
            RhetoricCommand.Create(env),
            MirrorCommand.Create(env),
            IncidentsCommand.Create(env),
            IncidentCommand.Create(env),
            TimelineCommand.Create(env),
            ExportCommand.Create(env),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var command = parsed.CommandResult.Command;
            var help = command == root ? "attest --help" : $"attest {command.Name} --help";
            env.Error.WriteLine($"attest: error: {parsed.Errors[0].Message} (see `{help}`)");
            return ExitCodes.Error;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            env.Error.WriteLine($"attest: error: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
