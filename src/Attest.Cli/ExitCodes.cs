namespace Attest.Cli;

/// <summary>Exit codes: 0 all well, 1 some inputs failed but the rest were processed, 2 the command could not run.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Error = 2;
}
