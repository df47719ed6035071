using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// The permissions boundary of every workload role (the Lambda execution roles, CodeDeploy's roles, API Gateway's
/// logging role): a managed policy in the bootstrap root that caps such a role to the actions workload roles are
/// granted and denies everything that would turn a role into a way up (IAM, STS, the organization, the state, CI's
/// own roles). CI may create roles only under <see cref="RolePath"/> and only with this boundary, and IAM has no
/// condition on a trust policy's contents: so a role CI creates stays harmless even if it trusts the GitHub OIDC
/// provider.
/// </summary>
public sealed class WorkloadBoundary : ComponentResource
{
    /// <summary>The IAM path of every workload role: their ARNs are <c>role/bbws/workload/NAME</c>.</summary>
    public const string RolePath = "/bbws/workload/";

    /// <summary>Builds the boundary policy; throws when no workload grant is given.</summary>
    public WorkloadBoundary(string name, WorkloadBoundaryArgs args, ResourceOptions? options = null)
        : base("bbws:iam:WorkloadBoundary", name, options)
    {
        if (args.WorkloadGrants.Count == 0)
        {
            throw new ArgumentException($"Boundary {args.PolicyName} has no workload grants to allow, so every workload role would be denied everything: pass the statements workload roles are granted.", nameof(args));
        }

        Policy = new IamPolicy($"{name}-policy", new IamPolicyArgs
        {
            Name = AwsNameLimits.Generic(nameof(args.PolicyName), args.PolicyName, 128),
            Description = "Permissions boundary of the stack's workload roles: caps them to what workloads need, never IAM, STS or the state.",
            Policy = new PolicyDocument([.. Statements(args)]),
        }, ChildOptions());
    }

    /// <summary>The boundary policy.</summary>
    public IamPolicy Policy { get; }

    /// <summary>The ARN of the boundary named <paramref name="policyName"/> in <paramref name="accountId"/>: a literal, known to the main root before bootstrap is applied.</summary>
    public static string ArnOf(string accountId, string policyName) => $"arn:aws:iam::{accountId}:policy/{policyName}";

    /// <summary>The ARN pattern of every workload role in <paramref name="accountId"/>.</summary>
    public static string RoleArnPattern(string accountId) => $"arn:aws:iam::{accountId}:role{RolePath}*";

    /// <summary>
    /// What the workload roles of <paramref name="main"/> are granted: the statements of their inline policies and of
    /// the managed policies attached to them (<see cref="AwsManagedPolicies"/>).
    /// </summary>
    public static IReadOnlyList<PolicyStatement> GrantsOf(StackRoot main)
    {
        var grants = new List<PolicyStatement>();
        foreach (var resource in main.CustomResources)
        {
            switch (resource)
            {
                case IamRolePolicy policy:
                    grants.AddRange(policy.Args.Policy.Statements);
                    break;
                case IamRolePolicyAttachment attachment:
                    var arn = attachment.Args.PolicyArn.Output is null ? attachment.Args.PolicyArn.Value : null;
                    grants.AddRange(AwsManagedPolicies.Statements(arn ?? attachment.Args.PolicyArn.ToString(), attachment.TerraformAddress));
                    break;
            }
        }

        return grants;
    }

    private static IEnumerable<PolicyStatement> Statements(WorkloadBoundaryArgs args)
    {
        var actions = args.WorkloadGrants
            .Where(s => s.Effect == "Allow")
            .SelectMany(s => s.Actions)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
        yield return new PolicyStatement
        {
            Sid = "WorkloadActions",
            Actions = actions,
            Resources = ["*"],
            Reason = "Exactly the actions the stack's workload roles are granted (their inline and managed policies): a boundary caps actions, and each role's own policy names its resources.",
        };
        yield return new PolicyStatement
        {
            Sid = "NoIam",
            Effect = "Deny",
            Actions = ["iam:*"],
            Resources = ["*"],
            Reason = "No workload needs IAM: a role that could change roles or policies could lift its own boundary, change CI's roles or the boundary itself.",
        };
        yield return new PolicyStatement
        {
            Sid = "NoAssumeOrFederate",
            Effect = "Deny",
            Actions = ["sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoot", "sts:GetFederationToken", "sts:GetSessionToken", "sts:SetSourceIdentity", "sts:TagSession"],
            Resources = ["*"],
            Reason = "No workload assumes another role or federates: assuming a CI role or an administrator's role would leave the boundary behind.",
        };
        yield return new PolicyStatement
        {
            Sid = "NoOrganizationOrAccount",
            Effect = "Deny",
            Actions = ["organizations:*", "account:*"],
            Resources = ["*"],
            Reason = "No workload changes the organization or the account (leaving the organization, its contacts or regions would escape every guardrail).",
        };
        yield return new PolicyStatement
        {
            Sid = "NoState",
            Effect = "Deny",
            Actions = ["s3:*", "dynamodb:*", "kms:*"],
            Resources = [$"arn:aws:s3:::{args.StateBucket}", $"arn:aws:s3:::{args.StateBucket}/*", args.LockTableArn, args.StateKeyArn],
            Reason = "The state holds every secret output and decides what the next apply does: a workload that could write it could make CI apply anything; no workload reads it either.",
        };
    }
}
