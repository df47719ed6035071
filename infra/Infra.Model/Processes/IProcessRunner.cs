namespace Infra.Processes;

/// <summary>Runs an external program (git, terraform, pulumi) to completion.</summary>
public interface IProcessRunner
{
    /// <summary>
    /// Runs <paramref name="executable"/>, found on PATH, with <paramref name="arguments"/> in <paramref name="workingDirectory"/>
    /// and <paramref name="environment"/> added to this process's; cancelling <paramref name="cancellationToken"/> kills
    /// it with every process it started and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    ProcessResult Run(string executable, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken);
}
