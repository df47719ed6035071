using Infra.Model;

namespace Infra.Components;

/// <summary>Arguments of <see cref="GitHubEnvironment"/>.</summary>
public sealed record GitHubEnvironmentArgs
{
    /// <summary>The repository name (without owner).</summary>
    public required string Repository { get; init; }

    /// <summary>The environment name workflows use.</summary>
    public required string EnvironmentName { get; init; }

    /// <summary>User ids of the reviewers, any one of whom approves (at most 6 with the teams). Default: none, so a deployment needs no approval.</summary>
    public IReadOnlyList<long> UserReviewers { get; init; } = [];

    /// <summary>Team ids of the reviewers. Default: none (users are preferred: team membership cannot be checked offline).</summary>
    public IReadOnlyList<long> TeamReviewers { get; init; } = [];

    /// <summary>Branch patterns that may deploy, e.g. <c>main</c>, <c>release/*</c>. With no branch and no tag pattern, any ref may deploy.</summary>
    public IReadOnlyList<string> BranchPatterns { get; init; } = [];

    /// <summary>Tag patterns that may deploy, e.g. <c>v*</c>. Default: none.</summary>
    public IReadOnlyList<string> TagPatterns { get; init; } = [];

    /// <summary>Actions variables of the environment, by name. Default: none.</summary>
    public IReadOnlyDictionary<string, Input<string>> Variables { get; init; } = new Dictionary<string, Input<string>>();

    /// <summary>Whether the person who started a deployment may approve it. Default: prevented.</summary>
    public bool PreventSelfReview { get; init; } = true;

    /// <summary>Whether administrators may deploy without the reviews. Default: they may not.</summary>
    public bool CanAdminsBypass { get; init; }
}
