namespace Infra.Tests.Fuzz;

/// <summary>
/// One verb line and the files it reads that the suite damages. Arguments may hold <c>{root}</c> (the repository
/// copy) and <c>{inputs}</c> (the command-line inputs folder).
/// </summary>
/// <param name="Name">How failure messages name the verb line.</param>
/// <param name="Arguments">The command line, with placeholders.</param>
/// <param name="Targets">The files to damage (<see cref="FuzzWorkspace.PathOf"/> names them).</param>
public sealed record FuzzScenario(string Name, string[] Arguments, string[] Targets)
{
    /// <summary>The command line for a workspace.</summary>
    public string[] CommandLine(FuzzWorkspace workspace) =>
        Arguments.Select(a => a.Replace("{root}", workspace.Root, StringComparison.Ordinal).Replace("{inputs}", workspace.Inputs, StringComparison.Ordinal)).ToArray();

    /// <inheritdoc />
    public override string ToString() => Name;
}
