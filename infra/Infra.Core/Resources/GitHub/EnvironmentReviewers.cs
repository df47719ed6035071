using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>A <c>reviewers</c> block: user and team ids (numbers, not logins).</summary>
public sealed record EnvironmentReviewers
{
    /// <summary>User ids. Default: none.</summary>
    [Input("users")]
    public IReadOnlyList<long>? Users { get; init; }

    /// <summary>Team ids. Default: none.</summary>
    [Input("teams")]
    public IReadOnlyList<long>? Teams { get; init; }
}
