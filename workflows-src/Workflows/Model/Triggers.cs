namespace Infra.Workflows.Model;

/// <summary>The events that start a workflow (<c>on:</c>). Every trigger is off by default.</summary>
public sealed record Triggers
{
    /// <summary>Branches whose pushes start the workflow; null for no push trigger.</summary>
    public IReadOnlyList<string>? PushBranches { get; init; }

    /// <summary>True to run on every pull request (<c>pull_request</c>, the fork-safe event: forks get a read-only token).</summary>
    public bool PullRequest { get; init; }

    /// <summary>The inputs of a manual run; null for no <c>workflow_dispatch</c>, empty for one without inputs.</summary>
    public IReadOnlyList<WorkflowInput>? Dispatch { get; init; }

    /// <summary>Cron schedules (UTC); empty for none.</summary>
    public IReadOnlyList<string> Schedules { get; init; } = [];

    /// <summary>When set, the workflow is reusable (<c>workflow_call</c>) with these outputs.</summary>
    public IReadOnlyList<WorkflowOutput>? Call { get; init; }
}
