namespace Infra.Processes;

/// <summary>Runs an external program (git, terraform, pulumi) to completion.</summary>
public interface IProcessRunner
{
    /// <summary>Runs <paramref name="executable"/>, found on PATH, with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    ProcessResult Run(string executable, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null);
}
