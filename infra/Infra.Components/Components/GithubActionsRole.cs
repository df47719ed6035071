using System.Text.RegularExpressions;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// A role GitHub Actions assumes through OIDC: its trust requires <c>StringEquals</c> on the token's audience
/// (<c>sts.amazonaws.com</c>), on its exact subject and on the workflows it serves (<c>job_workflow_ref</c>), and its permissions are the grants of one evidence ledger,
/// resolved for the stack. It lives in the bootstrap root: CI cannot create the role it authenticates with nor grant
/// itself permissions, so every ledger change is applied by an administrator.
/// </summary>
public sealed partial class GithubActionsRole : ComponentResource, IEvidenceLedgerUser
{
    /// <summary>The issuer of GitHub Actions OIDC tokens, without scheme (the prefix of its condition keys).</summary>
    public const string TokenIssuer = "token.actions.githubusercontent.com";

    /// <summary>
    /// Builds the role and its ledger policies (packed by <see cref="PolicyPacker"/>: inline when they fit, else managed);
    /// throws when the subject has a wildcard, no workflow is pinned or a pin has a wildcard, or the ledger is empty, and an <see cref="InfraException"/> when the
    /// grants fit no policies IAM accepts.
    /// </summary>
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
        Purpose = args.Purpose;
        LowerStack = args.LowerStack;
        Role = new IamRole($"{name}-role", new IamRoleArgs
        {
            Name = AwsNameLimits.IamRole(nameof(args.RoleName), args.RoleName),
            Description = args.Description,
            AssumeRolePolicy = new PolicyDocument(new PolicyStatement
            {
                Actions = ["sts:AssumeRoleWithWebIdentity"],
                Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Federated"] = [args.ProviderArn] },
                Conditions = Conditions(args),
                Reason = $"Only GitHub Actions jobs whose token names exactly {args.Subject}, of the workflow(s) {string.Join(", ", args.JobWorkflowRefs)}, may assume the role.",
            }),
        }, ChildOptions());
        var references = new Dictionary<string, Input<string>>(StringComparer.Ordinal);
        Pack = PolicyPacker.Pack(
            args.RoleName,
            [.. Statements(args, Root.Stack, references), .. Additional(args, references)],
            args.NamePrefix is { } prefix ? new NamingShape(prefix, Root.Stack.Name) : null,
            attachedAlready: 0); // the role has no managed policy but these
        var policies = new List<RolePolicyDocument>();
        if (Pack.Inline is { } inline)
        {
            var document = Document(inline, references);
            InlinePolicy = new IamRolePolicy($"{name}-policy", new IamRolePolicyArgs
            {
                Name = AwsNameLimits.IamPolicy(nameof(args.RoleName), inline.Name),
                Role = Role.RoleName,
                Policy = document,
            }, ChildOptions());
            policies.Add(new RolePolicyDocument(inline.Name, document, InlinePolicy));
        }

        var managed = new List<IamPolicy>();
        var attachments = new List<IamRolePolicyAttachment>();
        for (var i = 0; i < Pack.Managed.Count; i++)
        {
            var packed = Pack.Managed[i];
            var document = Document(packed, references);
            var policy = new IamPolicy($"{name}-policy-{i + 1}", new IamPolicyArgs
            {
                Name = AwsNameLimits.IamPolicy(nameof(args.RoleName), packed.Name),
                Description = $"Part {i + 1} of {Pack.Managed.Count} of the permissions of role {args.RoleName}, from the evidence ledger {EvidenceLedger.Folder}/{args.Ledger.Role}.yaml.",
                Policy = document,
            }, ChildOptions());
            attachments.Add(new IamRolePolicyAttachment($"{name}-policy-{i + 1}-attachment", new IamRolePolicyAttachmentArgs
            {
                Role = Role.RoleName,
                PolicyArn = policy.Arn,
                Reason = $"The role's ledger grants do not fit IAM's inline quota for a role (10,240 characters), so they are split into managed policies; this is part {i + 1} of {Pack.Managed.Count}.",
            }, ChildOptions()));
            managed.Add(policy);
            policies.Add(new RolePolicyDocument(packed.Name, document, policy));
        }

        ManagedPolicies = managed;
        Attachments = attachments;
        Policies = policies;
    }

    /// <summary>What the role is for.</summary>
    public CiRolePurpose Purpose { get; }

    /// <summary>The role of <paramref name="root"/> built for <paramref name="purpose"/>, or null; two such roles are an error.</summary>
    public static GithubActionsRole? Find(StackRoot root, CiRolePurpose purpose)
    {
        var roles = root.ResourcesOf<GithubActionsRole>().Where(r => r.Purpose == purpose).ToList();
        return roles.Count > 1
            ? throw new InfraException($"stack {root.Stack.Name}: {root.Name} holds {roles.Count} CI roles for {purpose} ({string.Join(", ", roles.Select(r => r.Name))}): a job assumes one role per purpose, so build one.")
            : roles.SingleOrDefault();
    }

    /// <summary>The role.</summary>
    public IamRole Role { get; }

    /// <summary>The stack the role's ledger resolved <c>${lower-...}</c> for; null when its stack is promoted from none.</summary>
    public StackLocation? LowerStack { get; }

    /// <summary>How the role's statements were packed: sizes, and whether name patterns replaced exact ARNs.</summary>
    public PolicyPack Pack { get; }

    /// <summary>The role's identity policies, inline and managed: together they are what the role may do.</summary>
    public IReadOnlyList<RolePolicyDocument> Policies { get; }

    /// <summary>The inline policy, when all the role's statements fit IAM's inline quota; otherwise null.</summary>
    public IamRolePolicy? InlinePolicy { get; }

    /// <summary>The managed policies holding the role's statements when they do not fit inline; otherwise empty.</summary>
    public IReadOnlyList<IamPolicy> ManagedPolicies { get; }

    /// <summary>The attachments of <see cref="ManagedPolicies"/> to the role.</summary>
    public IReadOnlyList<IamRolePolicyAttachment> Attachments { get; }

    /// <inheritdoc />
    public IReadOnlyList<EvidenceLedger> Ledgers { get; }

    private static List<PolicyCondition> Conditions(GithubActionsRoleArgs args)
    {
        List<PolicyCondition> conditions =
        [
            new PolicyCondition("StringEquals", $"{TokenIssuer}:aud", ["sts.amazonaws.com"]),
            new PolicyCondition("StringEquals", $"{TokenIssuer}:sub", [args.Subject]),
        ];
        if (args.JobWorkflowRefs.Count == 0)
        {
            throw new ArgumentException($"Role {args.RoleName} pins no workflow: list in JobWorkflowRefs the workflow files (owner/repo/.github/workflows/x.yml@refs/heads/main) whose jobs may assume it, or any workflow that can claim subject {args.Subject} could.", nameof(args));
        }

        var pullRequest = args.Subject.EndsWith(":pull_request", StringComparison.Ordinal);
        foreach (var workflow in args.JobWorkflowRefs)
        {
            var at = workflow.IndexOf('@', StringComparison.Ordinal);
            var file = at < 0 ? workflow : workflow[..at];
            if (at < 0 || HasWildcard(file) || (!pullRequest && HasWildcard(workflow[at..])))
            {
                throw new ArgumentException($"JobWorkflowRef is '{workflow}': name one workflow file on one branch (owner/repo/.github/workflows/x.yml@refs/heads/main), never a wildcard (a pull_request role may write its ref as refs/pull/*/merge).", nameof(args));
            }
        }

        // AWS STS validates GitHub's job_workflow_ref claim as a condition key at AssumeRoleWithWebIdentity since
        // January 2026 (aws.amazon.com/about-aws/whats-new/2026/01/aws-sts-supports-validation-identity-provider-claims;
        // the claim: docs.github.com/en/actions/reference/security/oidc, "owner/repo/.github/workflows/x.yml@ref").
        // The sub alone names an environment or a branch, which every workflow of the repository can claim. Several
        // values are alternatives. A pull_request job's ref is refs/pull/<number>/merge, unknown in advance: only
        // that role's pins may hold a wildcard, so only it is tested with StringLike.
        var test = args.JobWorkflowRefs.Any(HasWildcard) ? "StringLike" : "StringEquals";
        conditions.Add(new PolicyCondition(test, $"{TokenIssuer}:job_workflow_ref", [.. args.JobWorkflowRefs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]));
        return conditions;
    }

    private static bool HasWildcard(string value) => value.Contains('*', StringComparison.Ordinal) || value.Contains('?', StringComparison.Ordinal);

    // One statement per resource, its reason the evidence of each grant; the packer merges them. A PassRole grant keeps
    // a condition of its own, limited to the one service the ledger names; a role write the escalation guard
    // conditions on the boundary keeps it too. A reference stays as written for the packer (which sizes it at its
    // allowance) and is resolved when the document is built.
    // The ledger's placeholders take the account, region and name of the stack the role is in.
    private static IEnumerable<PackableStatement> Statements(GithubActionsRoleArgs args, Stack stack, Dictionary<string, Input<string>> references) =>
        args.Ledger.Resolve(stack.AccountId, stack.Region, stack.Name, args.LowerStack)
            .Select(g => (Grant: g, Guard: GuardConditions(g, args)))
            .GroupBy(g => (g.Grant.Resource, g.Grant.PassedToService, Bounded: g.Guard.Count > 0))
            .OrderBy(g => g.Key.Resource, StringComparer.Ordinal)
            .ThenBy(g => g.Key.PassedToService, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Bounded)
            .Select(g =>
            {
                if (PolicyPacker.IsReference(g.Key.Resource))
                {
                    references[g.Key.Resource] = Resolve(g.Key.Resource, args);
                }

                return new PackableStatement
                {
                    Actions = g.Select(x => x.Grant.Action).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList(),
                    Resources = [g.Key.Resource],
                    Conditions = [.. g.Key.PassedToService is { } service ? [new PackedCondition("StringEquals", "iam:PassedToService", [service])] : Array.Empty<PackedCondition>(), .. g.First().Guard.Select(c => new PackedCondition(c.Test, c.Variable, c.Values))],
                    Reason = string.Join(" | ", g.Select(x => $"{x.Grant.Action}: {x.Grant.Justification}")),
                };
            });

    // Statements generated beside the ledger's (the caller's, then the escalation guard's denies), packed with them.
    private static IEnumerable<PackableStatement> Additional(GithubActionsRoleArgs args, Dictionary<string, Input<string>> references)
    {
        var index = 0;
        foreach (var statement in args.AdditionalStatements.Concat(GuardStatements(args)))
        {
            if (statement.NotActions.Count > 0 || statement.Principals.Count > 0 || statement.Actions.Count == 0 || statement.Resources.Count == 0)
            {
                throw new ArgumentException($"An additional statement of role {args.RoleName} ({statement.Reason}) must list Actions and Resources, and no NotActions or Principals: an identity policy names what the role may do.", nameof(args));
            }

            var resources = new List<string>();
            foreach (var resource in statement.Resources)
            {
                if (resource.Value is { } value)
                {
                    resources.Add(value);
                    continue;
                }

                var token = $"${{additional-{index++}.value}}";
                references[token] = resource;
                resources.Add(token);
            }

            yield return new PackableStatement
            {
                Sid = statement.Sid,
                Effect = statement.Effect,
                Actions = statement.Actions,
                Resources = resources,
                Conditions = [.. statement.Conditions.Select(c => new PackedCondition(c.Test, c.Variable, c.Values))],
                Reason = statement.Reason,
            };
        }
    }

    private static PolicyDocument Document(PackedPolicy policy, IReadOnlyDictionary<string, Input<string>> references) =>
        new([.. policy.Statements.Select(s => new PolicyStatement
        {
            Sid = s.Sid,
            Effect = s.Effect,
            Actions = s.Actions,
            Resources = [.. s.Resources.Select(r => references.TryGetValue(r, out var input) ? input : (Input<string>)r)],
            Conditions = [.. s.Conditions.Select(c => new PolicyCondition(c.Test, c.Variable, c.Values))],
            Reason = s.Reason,
        })]);

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
