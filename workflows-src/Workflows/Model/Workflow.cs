using Infra.Model;

namespace Infra.Workflows.Model;

/// <summary>One GitHub Actions workflow file: its triggers, default permissions and jobs, in order.</summary>
public sealed record Workflow
{
    /// <summary>The folder every workflow file lives in.</summary>
    public const string Directory = ".github/workflows";

    /// <summary>The file name, e.g. <c>deploy-dev.yml</c>.</summary>
    public required string FileName { get; init; }

    /// <summary>The name shown in the Actions tab.</summary>
    public required string Name { get; init; }

    /// <summary>The title of each run (<c>run-name</c>, may use <c>inputs</c>); null for GitHub's default.</summary>
    public string? RunName { get; init; }

    /// <summary>What starts it.</summary>
    public required Triggers On { get; init; }

    /// <summary>The token's permissions for every job that sets none. Default: none at all (<c>permissions: {}</c>).</summary>
    public TokenPermissions Permissions { get; init; } = TokenPermissions.None;

    /// <summary>The jobs, in the order they are written.</summary>
    public required IReadOnlyList<Job> Jobs { get; init; }

    /// <summary>Where the file is written, relative to the repository root.</summary>
    public RepositoryPath Path => new($"{Directory}/{FileName}");

    /// <summary>The job with id <paramref name="id"/>; throws when there is none.</summary>
    public Job Job(string id) => Jobs.SingleOrDefault(j => j.Id == id)
        ?? throw new KeyNotFoundException($"workflow {FileName} has no job '{id}' (jobs: {string.Join(", ", Jobs.Select(j => j.Id))}).");

    /// <summary>The permissions a job's token really has: its own, or the workflow's.</summary>
    public TokenPermissions EffectivePermissions(Job job) => job.Permissions ?? Permissions;
}
