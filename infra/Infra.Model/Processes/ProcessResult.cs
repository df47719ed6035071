namespace Infra.Processes;

/// <summary>How an external program ended.</summary>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="StandardOutput">Everything it wrote to standard output.</param>
/// <param name="StandardError">Everything it wrote to standard error.</param>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
