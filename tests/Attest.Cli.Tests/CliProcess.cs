using System.Diagnostics;

namespace Attest.Cli.Tests;

/// <summary>Runs the built CLI as a child process (<c>dotnet exec Attest.Cli.dll</c>), for what an in-process
/// run cannot show: standard input, and a process killed mid-run.</summary>
internal static class CliProcess
{
    /// <summary>Starts <c>attest ARGS</c> with standard input, output and error redirected.</summary>
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Attest.Cli.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("cannot start the CLI");
    }

    /// <summary>Runs <c>attest ARGS</c> to the end with <paramref name="input"/> on standard input.</summary>
    public static (int ExitCode, string Out, string Error) Run(string input, params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("attest " + string.Join(' ', args) + " did not finish in five minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The dotnet host running this test, so the child uses the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
