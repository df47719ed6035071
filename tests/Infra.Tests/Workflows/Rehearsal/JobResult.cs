namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// One rehearsed job: its id (a called workflow's jobs as <c>caller/job</c>), result (success, failure, skipped), outputs,
/// the environment and concurrency group it ran in, and its steps.
/// </summary>
public sealed record JobResult(
    string Id,
    string Result,
    IReadOnlyDictionary<string, string> Outputs,
    string? Environment,
    string? ConcurrencyGroup,
    bool CancelInProgress,
    IReadOnlyList<StepResult> Steps)
{
    /// <summary>What the job's steps appended to <c>$GITHUB_STEP_SUMMARY</c>, in order.</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>The command lines the PATH stand-ins received while this job ran.</summary>
    public IReadOnlyList<string> Commands { get; init; } = [];

    /// <summary>The step named <paramref name="name"/>; fails the test when there is none.</summary>
    public StepResult Step(string name) =>
        Steps.FirstOrDefault(s => s.Name == name) ?? throw new AssertionException($"job {Id} has no step '{name}'; its steps: {string.Join(", ", Steps.Select(s => s.Name))}");
}
