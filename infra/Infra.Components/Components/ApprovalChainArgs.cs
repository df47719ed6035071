using Infra.Model;

namespace Infra.Components;

/// <summary>Arguments of <see cref="ApprovalChain"/>.</summary>
public sealed record ApprovalChainArgs
{
    /// <summary>The repository name (without owner).</summary>
    public required string Repository { get; init; }

    /// <summary>The environment a deployment finally runs in (the one the deploy role trusts), e.g. <c>prod</c>.</summary>
    public required string EnvironmentName { get; init; }

    /// <summary>
    /// User ids of each gate environment's reviewers, in order: gate <c>i</c> is <c>&lt;environment&gt;-approval-i</c>.
    /// Default: no gates, so the environment's own reviewers (if any) are the only approval.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<long>> GateReviewers { get; init; } = [];

    /// <summary>User ids of the final environment's reviewers. Default: none (a deployment needs no approval there).</summary>
    public IReadOnlyList<long> Reviewers { get; init; } = [];

    /// <summary>Branch patterns that may deploy, on every environment of the chain. Default: any branch.</summary>
    public IReadOnlyList<string> BranchPatterns { get; init; } = [];

    /// <summary>Tag patterns that may deploy, on every environment of the chain. Default: none.</summary>
    public IReadOnlyList<string> TagPatterns { get; init; } = [];

    /// <summary>Actions variables of the final environment only (gates deploy nothing). Default: none.</summary>
    public IReadOnlyDictionary<string, Input<string>> Variables { get; init; } = new Dictionary<string, Input<string>>();
}
