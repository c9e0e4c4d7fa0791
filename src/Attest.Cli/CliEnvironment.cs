using Spectre.Console;

namespace Attest.Cli;

/// <summary>Everything the commands touch outside the process: the console for tables, raw writers for
/// JSON and errors, and the environment variables. Tests build one over string writers.</summary>
internal sealed record CliEnvironment(IAnsiConsole Console, TextWriter Out, TextWriter Error, bool Interactive, Func<string, string?> Variable)
{
    public static CliEnvironment FromProcess()
    {
        var interactive = IsInteractive(System.Console.IsOutputRedirected, Environment.GetEnvironmentVariable("TERM"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(System.Console.Out),
        });
        if (!interactive)
        {
            // Redirected output has no terminal width; keep tables wide enough to stay readable in a file.
            console.Profile.Width = 160;
        }

        return new CliEnvironment(console, System.Console.Out, System.Console.Error, interactive, Environment.GetEnvironmentVariable);
    }

    /// <summary>Plain output when redirected or on a dumb terminal: no colours, no progress bars.</summary>
    public static bool IsInteractive(bool outputRedirected, string? term) =>
        !outputRedirected && !string.Equals(term, "dumb", StringComparison.Ordinal);
}
