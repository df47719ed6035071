using Infra.Model;

namespace Infra.Components;

/// <summary>Arguments of <see cref="GitHubRepository"/>.</summary>
public sealed record GitHubRepositoryArgs
{
    /// <summary>The repository name without owner; it exists already and is adopted under this name.</summary>
    public required string Name { get; init; }

    /// <summary>The one-line description.</summary>
    public required string Description { get; init; }

    /// <summary>The status check (CI job name) every pull request must pass.</summary>
    public required string RequiredCheck { get; init; }

    /// <summary>Repository visibility. Default: <c>private</c>.</summary>
    public string Visibility { get; init; } = "private";

    /// <summary>Topics. Default: none.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Approving reviews a pull request needs. Default: 1, the approval of a dev deployment.</summary>
    public int RequiredApprovals { get; init; } = 1;

    /// <summary>The refs the ruleset protects. Default: the default branch and <c>develop</c>, which both deploy to dev on push.</summary>
    public IReadOnlyList<string> ProtectedRefs { get; init; } = ["~DEFAULT_BRANCH", "refs/heads/develop"];

    /// <summary>Rule findings accepted on the ruleset, each with a reason. Default: none.</summary>
    public IReadOnlyList<Suppression> RulesetSuppressions { get; init; } = [];
}
