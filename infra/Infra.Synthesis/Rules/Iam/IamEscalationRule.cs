using Infra.Components;
using Infra.Permissions;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>
/// IAM-ESCALATION: the deploy role, which creates roles, cannot make any role more powerful than a workload role.
/// With the project's evaluator it proves that the deploy role cannot create a role without the workload boundary or
/// outside the workload path, cannot change CI's own roles or pass them, cannot change the boundary or the OIDC
/// provider, cannot remove a boundary, cannot pass a workload role to an unrelated service; and that a role under the
/// boundary can use neither IAM nor STS nor the state, whatever its own policy says (and whoever its trust names).
/// Every role of the main root must be a workload role (path and boundary).
/// </summary>
public sealed class IamEscalationRule() : Rule(
    RuleId,
    "The deploy role cannot create, change or pass a role beyond the workload boundary, nor change CI's roles, the boundary or the OIDC provider; a bounded role can use no IAM, STS or state.",
    "A CI role that can create roles can otherwise create an administrator role it trusts itself, or rewrite its own policy: every other control on CI would then be decoration.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "IAM-ESCALATION";

    /// <summary>A service no workload role is passed to, for the PassRole probe.</summary>
    public const string UnrelatedService = "ec2.amazonaws.com";

    private static readonly IamPolicyDocument AllowEverything =
        IamPolicyDocument.Parse("""{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""", "a bounded role's own policy, at its widest");

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var ciRoles = stack.Bootstrap.ResourcesOf<GithubActionsRole>().ToList();
        var deploy = ciRoles.FirstOrDefault(r => r.Ledgers[0].Role == IamCoverageRule.DeployRole);
        if (deploy is null)
        {
            return [];
        }

        var findings = new List<RuleFinding>();
        var boundary = stack.Bootstrap.ResourcesOf<WorkloadBoundary>().SingleOrDefault();
        if (deploy.Guard is not { } guard || boundary is null)
        {
            findings.Add(Finding(deploy, $"{deploy.Role.Args.Name} creates roles but has {(deploy.Guard is null ? "no escalation guard (GithubActionsRoleArgs.Guard)" : "no workload boundary in the bootstrap root (WorkloadBoundary)")}: without both, CI can create a role more powerful than itself."));
            return findings;
        }

        var arns = new ResourceArns(context.Requirements.Value, stack);
        var boundaryArn = WorkloadBoundary.ArnOf(stack.AccountId, boundary.Policy.Args.Name);
        if (guard.BoundaryArn != boundaryArn)
        {
            findings.Add(Finding(deploy, $"{deploy.Role.Args.Name}'s guard names the boundary {guard.BoundaryArn}, but the bootstrap root's boundary is {boundaryArn}: pass the boundary's ARN."));
        }

        foreach (var role in stack.Main.ResourcesOf<IamRole>())
        {
            var boundaryOf = role.Args.PermissionsBoundary is { Output: null, Value: var value } ? value : null;
            if (role.Args.Path != WorkloadBoundary.RolePath || boundaryOf != boundaryArn)
            {
                findings.Add(Finding(role, $"{role.TerraformAddress} has path '{role.Args.Path ?? "/"}' and boundary '{boundaryOf ?? "none"}': every role of the main root is a workload role, with path {WorkloadBoundary.RolePath} and permissions_boundary {boundaryArn} (the deploy role may create no other)."));
            }
        }

        var (deployJson, boundaryJson, targets) = Subject(stack, arns, deploy, boundary);
        var deployPolicy = IamPolicyDocument.Parse(deployJson, $"{deploy.Ledgers[0].Role} policy of stack {stack.Name}");
        var boundaryPolicy = IamPolicyDocument.Parse(boundaryJson, $"workload boundary of stack {stack.Name}");
        foreach (var open in OpenPaths(deployPolicy, boundaryPolicy, targets))
        {
            findings.Add(Finding(deploy, open));
        }

        return findings;
    }

    /// <summary>
    /// What the rule judges in <paramref name="stack"/>: the deploy role's rendered policy, the boundary's, and the
    /// roles and resources it probes. Null when the stack has no guarded deploy role or no boundary.
    /// </summary>
    public static (string DeployPolicy, string Boundary, EscalationTargets Targets)? Subject(Model.Stack stack, IResourceArns arns)
    {
        var ciRoles = stack.Bootstrap.ResourcesOf<GithubActionsRole>().ToList();
        var deploy = ciRoles.FirstOrDefault(r => r.Ledgers[0].Role == IamCoverageRule.DeployRole);
        var boundary = stack.Bootstrap.ResourcesOf<WorkloadBoundary>().SingleOrDefault();
        return deploy?.Guard is null || boundary is null ? null : Subject(stack, arns, deploy, boundary);
    }

    private static (string DeployPolicy, string Boundary, EscalationTargets Targets) Subject(Model.Stack stack, IResourceArns arns, GithubActionsRole deploy, WorkloadBoundary boundary)
    {
        var targets = new EscalationTargets(
            stack.AccountId,
            arns.Arn(deploy.Role),
            WorkloadBoundary.ArnOf(stack.AccountId, boundary.Policy.Args.Name),
            deploy.Guard!.ProviderArn,
            [.. stack.Bootstrap.ResourcesOf<GithubActionsRole>().Select(r => arns.Arn(r.Role))],
            [.. stack.Main.ResourcesOf<IamRole>().Select(r => (arns.Arn(r), TrustedService(r)))],
            stack.Main.Backend,
            deploy.Guard.StateKeyArn is { } key ? key.Output is { } output ? PolicyJson.Text(output.Expression, arns) : key.Value : null);
        return (PolicyJson.RenderUnion(deploy.Policies.Select(p => p.Document), arns), PolicyJson.Render(boundary.Policy.Args.Policy, arns), targets);
    }

    /// <summary>
    /// Every escalation path the two policies leave open, one message each (empty when all are closed): the deploy
    /// role's requests are evaluated against <paramref name="deployPolicy"/>, a bounded role's against the widest
    /// identity policy capped by <paramref name="boundary"/>.
    /// </summary>
    public static IReadOnlyList<string> OpenPaths(IamPolicyDocument deployPolicy, IamPolicyDocument boundary, EscalationTargets targets)
    {
        var open = new List<string>();
        var deploy = new PolicyEvaluator([deployPolicy]);
        var bounded = new PolicyEvaluator([AllowEverything], boundary);
        var account = targets.AccountId;
        var withBoundary = Context(("iam:PermissionsBoundary", targets.BoundaryArn));
        var otherBoundary = Context(("iam:PermissionsBoundary", $"arn:aws:iam::{account}:policy/AdministratorAccess"));
        var none = Context();

        void Deny(PolicyEvaluator evaluator, string principal, string path, string action, string resource, IReadOnlyDictionary<string, IReadOnlyList<string>> context)
        {
            var decision = evaluator.Evaluate(new IamRequest(action, resource, principal, account, context));
            if (decision.IsAllowed)
            {
                var carried = context.Count == 0 ? "no request context" : string.Join(", ", context.Select(c => $"{c.Key}={string.Join("|", c.Value)}"));
                open.Add($"escalation path open: {path}: {action} on {resource} with {carried} is allowed ({decision}).");
            }
        }

        foreach (var (role, service) in targets.WorkloadRoles)
        {
            Deny(deploy, targets.DeployRoleArn, "create a role without the boundary", "iam:CreateRole", role, none);
            Deny(deploy, targets.DeployRoleArn, "create a role with another boundary", "iam:CreateRole", role, otherBoundary);
            Deny(deploy, targets.DeployRoleArn, "remove a workload role's boundary", "iam:DeleteRolePermissionsBoundary", role, withBoundary);
            Deny(deploy, targets.DeployRoleArn, "swap a workload role's boundary", "iam:PutRolePermissionsBoundary", role, otherBoundary);
            Deny(deploy, targets.DeployRoleArn, "pass a workload role to an unrelated service", "iam:PassRole", role, Context(("iam:PassedToService", service == UnrelatedService ? "ecs-tasks.amazonaws.com" : UnrelatedService)));
        }

        Deny(deploy, targets.DeployRoleArn, "create a role outside the workload path", "iam:CreateRole", $"arn:aws:iam::{account}:role/escalation-probe", withBoundary);
        foreach (var ci in targets.CiRoleArns)
        {
            // With and without the boundary in the context: CI's roles must be denied by name, not by a condition.
            foreach (var context in new[] { none, withBoundary })
            {
                foreach (var action in new[] { "iam:UpdateAssumeRolePolicy", "iam:PutRolePolicy", "iam:AttachRolePolicy", "iam:DeleteRolePermissionsBoundary", "iam:PutRolePermissionsBoundary" })
                {
                    Deny(deploy, targets.DeployRoleArn, "change a CI role", action, ci, context);
                }
            }

            Deny(deploy, targets.DeployRoleArn, "pass a CI role", "iam:PassRole", ci, Context(("iam:PassedToService", "lambda.amazonaws.com")));
            Deny(bounded, BoundedProbe(account), "a bounded role assumes a CI role", "sts:AssumeRole", ci, none);
            Deny(bounded, BoundedProbe(account), "a bounded role changes a CI role", "iam:UpdateAssumeRolePolicy", ci, none);
        }

        foreach (var action in new[] { "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:DeletePolicy", "iam:DeletePolicyVersion" })
        {
            Deny(deploy, targets.DeployRoleArn, "change the boundary", action, targets.BoundaryArn, none);
        }

        foreach (var action in new[] { "iam:AddClientIDToOpenIDConnectProvider", "iam:DeleteOpenIDConnectProvider", "iam:UpdateOpenIDConnectProviderThumbprint" })
        {
            Deny(deploy, targets.DeployRoleArn, "change the OIDC provider", action, targets.ProviderArn, none);
        }

        foreach (var action in new[] { "iam:CreateRole", "iam:PutRolePolicy", "iam:AttachRolePolicy", "iam:CreatePolicyVersion", "iam:PassRole" })
        {
            Deny(bounded, BoundedProbe(account), "a bounded role uses IAM", action, $"arn:aws:iam::{account}:role/escalation-probe", withBoundary);
        }

        Deny(bounded, BoundedProbe(account), "a bounded role federates", "sts:AssumeRoleWithWebIdentity", $"arn:aws:iam::{account}:role/escalation-probe", none);
        if (targets.StateKeyArn is { } stateKey)
        {
            foreach (var action in GithubActionsRole.StateKeyManagementActions)
            {
                Deny(deploy, targets.DeployRoleArn, "manage the state key", action, stateKey, none);
            }
        }

        if (targets.Backend is { } backend)
        {
            Deny(bounded, BoundedProbe(account), "a bounded role writes the state", "s3:PutObject", $"arn:aws:s3:::{backend.Bucket}/{backend.Key}", none);
            Deny(bounded, BoundedProbe(account), "a bounded role takes the state lock", "dynamodb:PutItem", backend.LockTableArn, none);
        }

        return open;
    }

    private static string BoundedProbe(string account) => $"arn:aws:iam::{account}:role{WorkloadBoundary.RolePath}escalation-probe";

    private static Dictionary<string, IReadOnlyList<string>> Context(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[e.Value], StringComparer.OrdinalIgnoreCase);

    // The one service a role's trust policy names, which is the one it may be passed to.
    private static string? TrustedService(IamRole role) =>
        role.Args.AssumeRolePolicy.Statements
            .SelectMany(s => s.Principals.TryGetValue("Service", out var services) ? services : [])
            .Select(s => s.Output is null ? s.Value : null)
            .FirstOrDefault(s => s is not null);
}
