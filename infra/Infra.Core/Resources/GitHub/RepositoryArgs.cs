using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>Inputs of <see cref="Repository"/>.</summary>
public sealed record RepositoryArgs
{
    /// <summary>The repository name (without owner).</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The one-line description.</summary>
    [Input("description")]
    public string? Description { get; init; }

    /// <summary><c>private</c>, <c>internal</c> or <c>public</c>.</summary>
    [Input("visibility")]
    public required string Visibility { get; init; }

    /// <summary>Topics shown on the repository page.</summary>
    [Input("topics")]
    public IReadOnlyList<string>? Topics { get; init; }

    /// <summary>Issues enabled.</summary>
    [Input("has_issues")]
    public bool? HasIssues { get; init; }

    /// <summary>The wiki enabled.</summary>
    [Input("has_wiki")]
    public bool? HasWiki { get; init; }

    /// <summary>Projects enabled.</summary>
    [Input("has_projects")]
    public bool? HasProjects { get; init; }

    /// <summary>Merge commits allowed.</summary>
    [Input("allow_merge_commit")]
    public bool? AllowMergeCommit { get; init; }

    /// <summary>Squash merges allowed.</summary>
    [Input("allow_squash_merge")]
    public bool? AllowSquashMerge { get; init; }

    /// <summary>Rebase merges allowed.</summary>
    [Input("allow_rebase_merge")]
    public bool? AllowRebaseMerge { get; init; }

    /// <summary>Auto-merge allowed once the requirements are met.</summary>
    [Input("allow_auto_merge")]
    public bool? AllowAutoMerge { get; init; }

    /// <summary>Delete head branches after merge.</summary>
    [Input("delete_branch_on_merge")]
    public bool? DeleteBranchOnMerge { get; init; }

    /// <summary>Archive instead of delete when the resource is destroyed.</summary>
    [Input("archive_on_destroy")]
    public bool? ArchiveOnDestroy { get; init; }

    /// <summary>Dependabot security alerts (provider 6.12 and later move this to its own resource).</summary>
    [Input("vulnerability_alerts")]
    public bool? VulnerabilityAlerts { get; init; }
}
