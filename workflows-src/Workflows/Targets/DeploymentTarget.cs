using Infra.Components;
using Infra.Emitters.Terraform;
using Infra.Model;

namespace Infra.Workflows.Targets;

/// <summary>
/// What the workflows need to know of one stack, read from the same stack objects the infrastructure is built from:
/// its account and region, the read-only roles' ARNs and the Lambda packages.
/// </summary>
public sealed record DeploymentTarget
{
    /// <summary>The role input of a job in the stack's environment: the environment's variable, set from the bootstrap output <c>github_deploy_role_arn</c>.</summary>
    public const string DeployRoleVariable = "${{ vars.AWS_DEPLOY_ROLE_ARN }}";

    /// <summary>The stack's name, equal to its GitHub environment's.</summary>
    public required string Stack { get; init; }

    /// <summary>The stack's only AWS account.</summary>
    public required string AccountId { get; init; }

    /// <summary>The stack's region.</summary>
    public required string Region { get; init; }

    /// <summary>The read-only pull-request plan role's ARN; null where the stack has none.</summary>
    public string? PlanRoleArn { get; init; }

    /// <summary>The read-only role of a promotion's plan job (before the approvals); null where the stack is not promoted.</summary>
    public string? PromotePlanRoleArn { get; init; }

    /// <summary>The read-only drift role's ARN.</summary>
    public required string DriftRoleArn { get; init; }

    /// <summary>The regular expression a change ticket must match; null when unset.</summary>
    public string? ChangeTicketPattern { get; init; }

    /// <summary>The status check the repository's ruleset requires on every pull request (<c>bbws:requiredCheck</c>).</summary>
    public required string RequiredCheck { get; init; }

    /// <summary>The Lambda packages of the stack's main root.</summary>
    public required IReadOnlyList<LambdaPackage> Packages { get; init; }

    /// <summary>The folders of the stack's Terraform roots (bootstrap, then main), where their lock files live.</summary>
    public IReadOnlyList<string> TerraformRoots { get; init; } = [];

    /// <summary>Reads a built stack.</summary>
    public static DeploymentTarget From(Stack stack) => new()
    {
        Stack = stack.Name,
        RequiredCheck = stack.Config.Require("requiredCheck"),
        AccountId = stack.AccountId,
        Region = stack.Region,
        TerraformRoots = [.. stack.Roots.Select(r => TerraformJsonEmitter.DirectoryOf(r).Value)],
        PlanRoleArn = GithubActionsRole.Find(stack.Bootstrap, CiRolePurpose.PullRequestPlan) is { } plan ? RoleArn(stack, plan) : null,
        PromotePlanRoleArn = GithubActionsRole.Find(stack.Bootstrap, CiRolePurpose.PromotePlan) is { } promotePlan ? RoleArn(stack, promotePlan) : null,
        DriftRoleArn = GithubActionsRole.Find(stack.Bootstrap, CiRolePurpose.Drift) is { } drift ? RoleArn(stack, drift)
            : throw new InfraException($"stack {stack.Name}: its bootstrap root has no CI role for {CiRolePurpose.Drift}, which drift.yml assumes; build one in the app."),
        ChangeTicketPattern = stack.Config.Get("changeTicketPattern") is { Length: > 0 } pattern ? pattern : null,
        Packages = stack.Main.ResourcesOf<LambdaService>()
            .Select(s => new LambdaPackage(s.Name, s.Args.Source?.Folder ?? throw new InfraException($"stack {stack.Name}: service {s.Name} has no Source folder to package."), s.PackagePath, s.Args.Runtime, s.Args.Handler)
            {
                ImportEnvironment = s.Args.Environment
                    .Select(e => KeyValuePair.Create(e.Key, e.Value.Output is null ? e.Value.Value ?? string.Empty : LambdaPackage.UnknownUntilApply))
                    .OrderBy(e => e.Key, StringComparer.Ordinal)
                    .ToList(),
            })
            .OrderBy(p => p.Service, StringComparer.Ordinal)
            .ToList(),
    };

    // IAM role ARNs are fixed by account and name (path "/"), so they can be written before the role exists.
    private static string RoleArn(Stack stack, GithubActionsRole role) => $"arn:aws:iam::{stack.AccountId}:role/{role.Role.Args.Name}";
}
