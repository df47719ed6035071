using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>Arguments of <see cref="GithubActionsRole"/>.</summary>
public sealed record GithubActionsRoleArgs
{
    /// <summary>What the role is for; the workflows find their roles by it, never by name.</summary>
    public required CiRolePurpose Purpose { get; init; }

    /// <summary>The role's physical name, e.g. <c>2-1-bbws-github-deploy-dev</c>.</summary>
    public required string RoleName { get; init; }

    /// <summary>The account's GitHub OIDC provider's ARN.</summary>
    public required Output<string> ProviderArn { get; init; }

    /// <summary>The exact <c>sub</c> claim the role trusts (see <see cref="GithubSubject"/>); never a wildcard.</summary>
    public required string Subject { get; init; }

    /// <summary>
    /// The <c>job_workflow_ref</c> claims the trust accepts (see <see cref="GithubSubject.JobWorkflowRef"/>), at least
    /// one: the workflow files, each on a branch, whose jobs may assume the role. The subject names an environment or
    /// a branch, which every workflow of the repository can claim; this pins the workflows. A wildcard may stand only
    /// in the ref of a <c>pull_request</c> role's workflow (<c>refs/pull/*/merge</c>), never in the workflow's path.
    /// </summary>
    public required IReadOnlyList<string> JobWorkflowRefs { get; init; }

    /// <summary>
    /// The evidence ledger the role's permissions come from; it must hold at least one grant. Its placeholders
    /// (<c>${account}</c>, <c>${region}</c>, <c>${stack}</c>) take the values of the stack the role is built in.
    /// </summary>
    public required EvidenceLedger Ledger { get; init; }

    /// <summary>
    /// The stack this one is promoted from, for the ledger's <c>${lower-stack}</c>, <c>${lower-account}</c> and
    /// <c>${lower-region}</c>. Default: null, the first stack: grants naming the lower stack are dropped.
    /// </summary>
    public StackLocation? LowerStack { get; init; }

    /// <summary>Component outputs a ledger resource may name as <c>${name.attribute}</c>, e.g. <c>state-key.arn</c>. Default: none.</summary>
    public IReadOnlyDictionary<string, Output<string>> References { get; init; } = new Dictionary<string, Output<string>>();

    /// <summary>
    /// The stack's name prefix (<c>bbws:namePrefix</c>, e.g. <c>2-1-bbws</c>): when the ledger's exact ARNs fit no
    /// policies IAM accepts, names of the shape <c>&lt;prefix&gt;-&lt;purpose&gt;-&lt;stack&gt;</c> may become name patterns.
    /// Default: null, exact ARNs only.
    /// </summary>
    public string? NamePrefix { get; init; }

    /// <summary>
    /// Statements generated beside the ledger's (Deny statements, Allow statements with conditions), packed into the
    /// role's policies with them; each lists Actions and Resources and carries its Reason. Default: none.
    /// </summary>
    public IReadOnlyList<PolicyStatement> AdditionalStatements { get; init; } = [];

    /// <summary>
    /// For a role that manages workload roles: it may write and pass only those, only with their boundary, and is
    /// denied every change to CI's roles, the boundary and the OIDC provider. Default: null, no role-writing grants
    /// are checked.
    /// </summary>
    public EscalationGuard? Guard { get; init; }

    /// <summary>What the role is for, for its description.</summary>
    public required string Description { get; init; }
}
