namespace Infra.Workflows.Model;

/// <summary>One job: either steps on a runner, or a call of a reusable workflow (<see cref="Uses"/>).</summary>
public sealed record Job
{
    /// <summary>The job id, e.g. <c>deploy</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name shown in the run.</summary>
    public required string Name { get; init; }

    /// <summary>The jobs that must succeed first. Default: none.</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    /// <summary>A condition expression (without <c>${{ }}</c>). Default: none, the job always runs.</summary>
    public string? If { get; init; }

    /// <summary>The token's permissions; null inherits the workflow's.</summary>
    public TokenPermissions? Permissions { get; init; }

    /// <summary>The GitHub environment the job runs in (its protection rules and variables); null for none.</summary>
    public string? Environment { get; init; }

    /// <summary>The concurrency group; null for none.</summary>
    public Concurrency? Concurrency { get; init; }

    /// <summary>A reusable workflow to call (<c>./.github/workflows/x.yml</c>) instead of steps; null for a runner job.</summary>
    public string? Uses { get; init; }

    /// <summary>The job's outputs: name to expression. Default: none.</summary>
    public IReadOnlyDictionary<string, string> Outputs { get; init; } = new Dictionary<string, string>();

    /// <summary>Minutes before the job is cancelled. Default: 30.</summary>
    public int TimeoutMinutes { get; init; } = 30;

    /// <summary>The steps, in order (empty for a reusable-workflow call).</summary>
    public IReadOnlyList<Step> Steps { get; init; } = [];
}
