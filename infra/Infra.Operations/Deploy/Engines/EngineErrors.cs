using Infra.Processes;

namespace Infra.Deploy.Engines;

/// <summary>Errors of the engine steps, each naming the command, the folder and what to do.</summary>
public static class EngineErrors
{
    /// <summary>An engine command exited non-zero.</summary>
    public static InfraException StepFailed(string executable, IReadOnlyList<string> arguments, string workingDirectory, ProcessResult result)
    {
        var tail = string.Join('\n', result.StandardError.Trim().Split('\n').TakeLast(15));
        return new InfraException(
            $"'{executable} {string.Join(' ', arguments)}' in {workingDirectory} exited {result.ExitCode}: {tail}\nFix what it reports, then run the command again; nothing after this step ran.",
            ExitCodes.ExternalFailure);
    }
}
