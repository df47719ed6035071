namespace Infra.Workflows.Targets;

/// <summary>
/// THE single place the approval-gate environments are supplied: the playbook's chain (sit: 2 approvers, prod: 3
/// and a change ticket), as chained environments with disjoint reviewers because any one reviewer of an environment
/// approves. The bootstrap roots' GitHub component creates the same environments; once it exists, supply its list
/// here instead of these literals, so that workflows and environments share one source.
/// </summary>
public sealed class PlaybookApprovalGates : IGateEnvironments
{
    /// <inheritdoc />
    public IReadOnlyList<PromotionChain> Chains { get; } =
    [
        new("dev", null, []),
        new("sit", "dev", ["sit-approval-1"]),
        new("prod", "sit", ["prod-approval-1", "prod-approval-2"], RequiresChangeTicket: true),
    ];
}
