namespace Dyad.Cli.Commands;

/// <summary>A mistake the user can fix: printed as one line, exit code 2.</summary>
internal sealed class CliError(string message) : Exception(message);
