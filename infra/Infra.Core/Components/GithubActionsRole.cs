using System.Text.RegularExpressions;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// A role GitHub Actions assumes through OIDC: its trust requires <c>StringEquals</c> on the token's audience
/// (<c>sts.amazonaws.com</c>) and on its exact subject, and its permissions are the grants of one evidence ledger,
/// resolved for the stack. It lives in the bootstrap root: CI cannot create the role it authenticates with nor grant
/// itself permissions, so every ledger change is applied by an administrator.
/// </summary>
public sealed partial class GithubActionsRole : ComponentResource, IEvidenceLedgerUser
{
    /// <summary>The issuer of GitHub Actions OIDC tokens, without scheme (the prefix of its condition keys).</summary>
    public const string TokenIssuer = "token.actions.githubusercontent.com";

    /// <summary>Builds the role and its ledger policy; throws when the subject has a wildcard or the ledger is empty.</summary>
    public GithubActionsRole(string name, GithubActionsRoleArgs args, ResourceOptions? options = null)
        : base("bbws:github:ActionsRole", name, options)
    {
        if (args.Subject.Contains('*', StringComparison.Ordinal) || args.Subject.Contains('?', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Subject is '{args.Subject}': trust one exact subject (repo:OWNER/REPO:environment:STACK), never a wildcard.", nameof(args));
        }

        if (args.Ledger.Grants.Count == 0)
        {
            throw new ArgumentException($"Ledger {args.Ledger.DisplayName} has no grants, so role {args.RoleName} could do nothing: add the grants it needs with their evidence ('infra permissions add').", nameof(args));
        }

        Ledgers = [args.Ledger];
        Guard = args.Guard;
        Role = new IamRole($"{name}-role", new IamRoleArgs
        {
            Name = AwsNameLimits.IamRole(nameof(args.RoleName), args.RoleName),
            Description = args.Description,
            AssumeRolePolicy = new PolicyDocument(new PolicyStatement
            {
                Actions = ["sts:AssumeRoleWithWebIdentity"],
                Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Federated"] = [args.ProviderArn] },
                Conditions = Conditions(args),
                Reason = $"Only GitHub Actions jobs whose token names exactly {args.Subject} may assume the role.",
            }),
        }, ChildOptions());
        Policy = new IamRolePolicy($"{name}-policy", new IamRolePolicyArgs
        {
            Name = AwsNameLimits.IamPolicy(nameof(args.RoleName), $"{args.RoleName}-ledger"),
            Role = Role.RoleName,
            Policy = new PolicyDocument([.. Statements(args)]),
        }, ChildOptions());
    }

    /// <summary>The role.</summary>
    public IamRole Role { get; }

    /// <summary>The role's permissions, from its ledger.</summary>
    public IamRolePolicy Policy { get; }

    /// <inheritdoc />
    public IReadOnlyList<EvidenceLedger> Ledgers { get; }

    private static List<PolicyCondition> Conditions(GithubActionsRoleArgs args)
    {
        List<PolicyCondition> conditions =
        [
            new PolicyCondition("StringEquals", $"{TokenIssuer}:aud", ["sts.amazonaws.com"]),
            new PolicyCondition("StringEquals", $"{TokenIssuer}:sub", [args.Subject]),
        ];
        if (args.JobWorkflowRef is { } workflow)
        {
            if (workflow.Contains('*', StringComparison.Ordinal) || workflow.Contains('?', StringComparison.Ordinal))
            {
                throw new ArgumentException($"JobWorkflowRef is '{workflow}': name one workflow file on one branch (owner/repo/.github/workflows/x.yml@refs/heads/main), never a wildcard.", nameof(args));
            }

            // STS validates GitHub's job_workflow_ref claim at AssumeRoleWithWebIdentity: the sub alone names a
            // branch, which every workflow on that branch shares.
            conditions.Add(new PolicyCondition("StringEquals", $"{TokenIssuer}:job_workflow_ref", [workflow]));
        }

        return conditions;
    }

    // One statement per resource, its reason the evidence of each grant: the policy reads as the ledger does. A
    // PassRole grant gets a statement of its own, limited to the one service the ledger names; a role write the
    // escalation guard conditions on the boundary gets one too. The guard's denies come last.
    private static IEnumerable<PolicyStatement> Statements(GithubActionsRoleArgs args) =>
        args.Ledger.Resolve(args.AccountId, args.Region, args.StackName)
            .Select(g => (Grant: g, Guard: GuardConditions(g, args)))
            .GroupBy(g => (g.Grant.Resource, g.Grant.PassedToService, Bounded: g.Guard.Count > 0))
            .OrderBy(g => g.Key.Resource, StringComparer.Ordinal)
            .ThenBy(g => g.Key.PassedToService, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Bounded)
            .Select(g => new PolicyStatement
            {
                Actions = g.Select(x => x.Grant.Action).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList(),
                Resources = [Resolve(g.Key.Resource, args)],
                Conditions = [.. g.Key.PassedToService is { } service ? [new PolicyCondition("StringEquals", "iam:PassedToService", [service])] : Array.Empty<PolicyCondition>(), .. g.First().Guard],
                Reason = string.Join(" | ", g.Select(x => $"{x.Grant.Action}: {x.Grant.Evidence}")),
            })
            .Concat(GuardStatements(args));

    private static Input<string> Resolve(string resource, GithubActionsRoleArgs args)
    {
        var reference = Reference().Match(resource);
        if (!reference.Success)
        {
            return resource;
        }

        return args.References.TryGetValue(reference.Groups[1].Value, out var output)
            ? output
            : throw new ArgumentException($"Ledger {args.Ledger.DisplayName} names '{resource}', but {args.RoleName} knows no such output (known: {string.Join(", ", args.References.Keys.Order(StringComparer.Ordinal))}): fix the reference or pass it in References.", nameof(args));
    }

    [GeneratedRegex(@"^\$\{([a-z0-9-]+\.[a-z_]+)\}$")]
    private static partial Regex Reference();
}
