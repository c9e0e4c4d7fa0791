using Attest.Cli;

return CliApp.Run(args, CliEnvironment.FromProcess());
