namespace Attest.Cli;

/// <summary>A failure the user can fix; its message is printed as one line and the command exits with 2.</summary>
internal sealed class CliException(string message) : Exception(message);
