using Infra.Components;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>
/// IAM-COVERAGE: every CI role may make every call its job makes. Each required (action, ARN) of every resource of the
/// main root (infra/IamRequirements), of both engines' state and of the deploy driver (<see cref="DriverCalls"/>) is
/// evaluated against the role's generated policy and the resource policies involved (key policies, bucket policies);
/// a promotion's read of the bucket of the stack below (<see cref="DriverCalls.FromLower"/>) is evaluated across
/// accounts, against the lower stack's generated bucket and key policies too; the plan and drift roles must hold no
/// grant that changes anything.
/// </summary>
public sealed class IamCoverageRule() : Rule(
    RuleId,
    "Every CI role may make every call its job makes (its generated policy is evaluated against each required call), and the plan and drift roles can change nothing.",
    "A missing grant is otherwise found by the first real deploy, as an AccessDenied halfway through an apply that only an administrator can fix, in every account; evaluating the policy at synth finds them all before anything runs.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "IAM-COVERAGE";

    /// <inheritdoc />
    public override bool IsCostly => true;

    /// <summary>The ledger role that applies the main root and runs the deploy driver.</summary>
    public const string DeployRole = CiRoleCalls.DeployRole;

    private const int ShownCallers = 5;


    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var roles = stack.Bootstrap.ResourcesOf<GithubActionsRole>().ToList();
        if (roles.Count == 0)
        {
            return [];
        }

        var findings = new List<RuleFinding>
        {
            new(Id, Severity.Info, stack.Bootstrap, $"the bootstrap root ({stack.Bootstrap.Directory}) is applied by an administrator, not by a CI role, so its own calls are not evaluated."),
        };
        var table = context.Requirements.Value;
        var arns = new ResourceArns(table, stack);
        var resourcePolicies = ResourcePolicies(stack, arns);
        var calls = CiRoleCalls.Of(stack, table, arns);
        if (context.Lower is { } lowerStack)
        {
            if (context.LowerGraph is { } lower)
            {
                // The lower stack's bucket and key are judged by the policies its own bootstrap root generates.
                var lowerArns = new ResourceArns(table, lower);
                calls = calls.Concat(DriverCalls.FromLower(lower, lowerArns, stack.App?.PromotionReaderRoles ?? []));
                resourcePolicies = [.. resourcePolicies, .. ResourcePolicies(lower, lowerArns)];
            }
            else
            {
                findings.Add(new(Id, Severity.Info, stack.Bootstrap, $"stack {lowerStack.Stack}, which {stack.Name} is promoted from, is not built in this run, so the promotion's read of its artifact bucket is not evaluated; run without --stack to evaluate it."));
            }
        }

        var checks = roles.Select(role => new RoleCheck(role, stack, arns)).ToList();
        Evaluate(calls, checks, stack.AccountId, resourcePolicies);

        foreach (var check in checks)
        {
            var ledger = check.Ledger;
            foreach (var refusal in check.Refused.Values.OrderBy(r => r.Action, StringComparer.Ordinal).ThenBy(r => r.Resource, StringComparer.Ordinal))
            {
                findings.Add(Finding(check.Role, refusal.IdentityAllows ? ResourceSideMessage(refusal, ledger, check.RoleArn) : Message(refusal, ledger, stack, context.Lower)));
            }

            if (!check.Deploys)
            {
                foreach (var grant in ledger.Resolve(stack.AccountId, stack.Region, stack.Name, check.Role.LowerStack))
                {
                    if (context.ReadOnly.WhyNotReadOnly(grant.Action, grant.Resource) is { } why)
                    {
                        findings.Add(Finding(check.Role, $"{ledger.DisplayName}:{grant.Line}: {grant.Action} on {grant.Resource}: {why}, but {ledger.Role} only plans: delete the entry (a plan role must not be able to change anything)."));
                    }
                }
            }
        }

        return findings;
    }

    // One pass over the calls for every role: each call is made once (a root of a thousand services has ~150,000),
    // and a request a resource repeats (a read in refresh, create and update) is decided once per role.
    private static void Evaluate(IEnumerable<RequiredCall> calls, IReadOnlyList<RoleCheck> checks, string accountId, IReadOnlyList<ResourcePolicy> resourcePolicies)
    {
        var decided = new DecidedRequests();
        var contexts = new RequestContexts();
        string? address = null;
        foreach (var call in calls)
        {
            // A resource's calls come together: a repeat can only be of what the same resource asked before.
            if (call.Address != address)
            {
                decided.Clear();
                address = call.Address;
            }

            // A call only some roles make, or on another account's resource, is decided on its own.
            var shared = call.MadeBy is null && call.ResourceAccount is null;
            if (shared && decided.Find(call) is { } earlier)
            {
                foreach (var refusal in earlier)
                {
                    refusal?.Calls.Add(call);
                }

                continue;
            }

            Refusal?[]? outcome = null;
            var requestContext = contexts.For(call.Context);
            for (var i = 0; i < checks.Count; i++)
            {
                var check = checks[i];
                if (!CiRoleCalls.Makes(check.LedgerRole, call))
                {
                    continue;
                }

                var request = new IamRequest(call.Action, call.Resource, check.RoleArn, accountId, requestContext) { ResourceAccount = call.ResourceAccount };
                var decision = check.Evaluator.Evaluate(request, resourcePolicies);
                if (!decision.IsAllowed)
                {
                    if (!check.Refused.TryGetValue((call.Action, call.Resource), out var refusal))
                    {
                        // Across accounts, whose policy refused decides the fix: the role's ledger or the owner's policy.
                        var identityAllows = request.IsCrossAccount && check.Evaluator.Evaluate(request with { ResourceAccount = null }).IsAllowed;
                        check.Refused[(call.Action, call.Resource)] = refusal = new Refusal(call.Action, call.Resource, [], decision, identityAllows ? call.ResourceAccount : null);
                    }

                    refusal.Calls.Add(call);
                    (outcome ??= new Refusal?[checks.Count])[i] = refusal;
                }
            }

            if (shared)
            {
                decided.Add(call, outcome ?? NoRefusals);
            }
        }
    }

    /// <summary>
    /// The requests one address has had decided. A resource asks for a few distinct requests (seven of every eleven
    /// calls at a thousand services): a short list compared by reference first costs less than hashing each ARN twice.
    /// The driver asks for many under one address (a shift, a rollback and a smoke check per service), so past a
    /// short list the requests are also indexed, or finding one would grow with the number of services. Contexts
    /// compare by identity: the calls of a type share one context object.
    /// </summary>
    private sealed class DecidedRequests
    {
        private const int Indexed = 32;
        private readonly List<(string Action, string Resource, IReadOnlyDictionary<string, IReadOnlyList<string>> Context, bool NeededToPlan, Refusal?[] Outcome)> list = [];
        private Dictionary<(string Action, string Resource, object Context), (Refusal?[] Any, Refusal?[]? Planned)>? index;

        public void Clear()
        {
            list.Clear();
            index = null;
        }

        // A request first made outside a plan was not put to the roles that only plan: a plan's repeat of it is.
        public Refusal?[]? Find(RequiredCall call)
        {
            if (index is not null)
            {
                return index.TryGetValue((call.Action, call.Resource, call.Context), out var known) ? (call.NeededToPlan ? known.Planned : known.Any) : null;
            }

            // By reference into the list: copying each five-field entry out (a foreach) cost more than comparing it.
            foreach (ref readonly var known in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list))
            {
                if ((known.NeededToPlan || !call.NeededToPlan) && ReferenceEquals(known.Context, call.Context) && known.Resource == call.Resource && known.Action == call.Action)
                {
                    return known.Outcome;
                }
            }

            return null;
        }

        public void Add(RequiredCall call, Refusal?[] outcome)
        {
            if (index is not null)
            {
                Index(call.Action, call.Resource, call.Context, call.NeededToPlan, outcome);
                return;
            }

            list.Add((call.Action, call.Resource, call.Context, call.NeededToPlan, outcome));
            if (list.Count > Indexed)
            {
                // The index takes over: what the list held moves into it, in order.
                index = [];
                foreach (var (action, resource, context, neededToPlan, known) in list)
                {
                    Index(action, resource, context, neededToPlan, known);
                }

                list.Clear();
            }
        }

        // The first outcome of a request, and the first decided for a plan: what the list's scan in order would find.
        private void Index(string action, string resource, object context, bool neededToPlan, Refusal?[] outcome)
        {
            if (!index!.TryGetValue((action, resource, context), out var known))
            {
                index[(action, resource, context)] = (outcome, neededToPlan ? outcome : null);
            }
            else if (known.Planned is null && neededToPlan)
            {
                index[(action, resource, context)] = known with { Planned = outcome };
            }
        }
    }

    /// <summary>
    /// One refused (action, ARN) with every call that needs it: the same ledger entry fixes them all. <paramref name="RefusingOwner"/>:
    /// the other account whose resource policy refused while the role's own policy allows, else null.
    /// </summary>
    private sealed record Refusal(string Action, string Resource, List<RequiredCall> Calls, IamDecision Decision, string? RefusingOwner)
    {
        public bool IdentityAllows => RefusingOwner is not null;
    }

    /// <summary>One CI role under evaluation: its generated policy, and what it was refused.</summary>
    private sealed class RoleCheck(GithubActionsRole role, Stack stack, IResourceArns arns)
    {
        public GithubActionsRole Role { get; } = role;

        public EvidenceLedger Ledger { get; } = role.Ledgers[0];

        public string LedgerRole { get; } = role.Ledgers[0].Role;

        // The deploy role applies the root and runs the driver; the others only plan.
        public bool Deploys { get; } = CiRoleCalls.Deploys(role.Ledgers[0].Role);

        public string RoleArn { get; } = arns.Arn(role.Role);

        public PolicyEvaluator Evaluator { get; } = RoleEvaluator(role, stack, arns);

        public Dictionary<(string Action, string Resource), Refusal> Refused { get; } = [];
    }

    private static readonly Refusal?[] NoRefusals = [];

    /// <summary>An evaluator of <paramref name="role"/>'s identity policies: all of them together, inline and attached managed ones, as packed.</summary>
    public static PolicyEvaluator RoleEvaluator(GithubActionsRole role, Stack stack, IResourceArns arns) =>
        new([.. role.Policies.Select(p => IamPolicyDocument.Parse(PolicyJson.Render(p.Document, arns), $"{p.Name} ({role.Ledgers[0].Role} policy of stack {stack.Name})"))]);

    /// <summary>
    /// The request context of a call as AWS sends it: the call's own keys plus what every request carries
    /// (<see cref="TransportContext"/>). Shared with <c>permissions sync</c>, which must judge requests alike.
    /// </summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> RequestContext(IReadOnlyDictionary<string, IReadOnlyList<string>> callContext) =>
        new TransportContext(callContext);

    /// <summary>
    /// The request context of each call (<see cref="RequestContext"/>), made once per distinct call context: the calls
    /// of a type share one context object, and a resource's calls share its rendered one. Known contexts are found
    /// by reference in a short list, the last one first; most contexts a root renders (one per resource) are seen by
    /// one resource only, and are not kept.
    /// </summary>
    private sealed class RequestContexts
    {
        private const int Kept = 64;
        private readonly List<(IReadOnlyDictionary<string, IReadOnlyList<string>> Call, IReadOnlyDictionary<string, IReadOnlyList<string>> Request)> known = [];
        private (IReadOnlyDictionary<string, IReadOnlyList<string>>? Call, IReadOnlyDictionary<string, IReadOnlyList<string>>? Request) last;

        public IReadOnlyDictionary<string, IReadOnlyList<string>> For(IReadOnlyDictionary<string, IReadOnlyList<string>> callContext)
        {
            // A resource's calls come together and share their rendered context.
            if (ReferenceEquals(last.Call, callContext))
            {
                return last.Request!;
            }

            foreach (var (call, request) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(known))
            {
                if (ReferenceEquals(call, callContext))
                {
                    last = (call, request);
                    return request;
                }
            }

            var context = RequestContext(callContext);

            // Contexts rendered per resource are not kept: only shared ones repeat across resources, and they come first.
            if (known.Count < Kept)
            {
                known.Add((callContext, context));
            }

            last = (callContext, context);
            return context;
        }
    }

    private static string Callers(Refusal refusal)
    {
        var callers = refusal.Calls.Select(c => $"{c.Address} ({c.Operation})").Distinct(StringComparer.Ordinal).ToList();
        return string.Join(", ", callers.Take(ShownCallers)) + (callers.Count > ShownCallers ? $" and {callers.Count - ShownCallers} more" : string.Empty);
    }

    // The role's own policy allows; the other account's bucket or key policy, generated by that stack's bootstrap, does not.
    private static string ResourceSideMessage(Refusal refusal, EvidenceLedger ledger, string roleArn) =>
        $"{ledger.Role} may not call {refusal.Action} on {refusal.Resource} in account {refusal.RefusingOwner} ({refusal.Decision}), which {Callers(refusal)} needs ({refusal.Calls[0].Source}). "
        + $"Its own policy allows it, but across accounts the resource's policy must allow it too: the bucket or key policy that the bootstrap root of account {refusal.RefusingOwner} generates must grant {roleArn} {refusal.Action} on {refusal.Resource}.";

    private static string Message(Refusal refusal, EvidenceLedger ledger, Stack stack, StackLocation? lower)
    {
        var first = refusal.Calls[0];
        var who = Callers(refusal);
        var resource = ResourceArnTokens.Wildcarded(LedgerPlaceholders.Abstract(refusal.Resource, stack.AccountId, stack.Region, stack.Name, lower));
        var service = first.Context.TryGetValue("iam:PassedToService", out var services) && services.Count == 1 ? services[0] : null;
        var needed = new LedgerGrant(refusal.Action, resource, string.Empty, null, PassedToService: service);

        // The ledger has the entry but scopes it to other stacks: widening its list fixes it, a second entry would be refused.
        if (ledger.Grants.FirstOrDefault(g => g.SameGrantAs(needed) && !g.AppliesIn(stack.Name)) is { } scoped)
        {
            return $"{ledger.Role} may not call {refusal.Action} on {refusal.Resource} ({refusal.Decision}), which {who} needs ({first.Source}). "
                + $"{ledger.DisplayName}:{scoped.Line} grants it only in stacks [{string.Join(", ", scoped.Stacks!)}]: add {stack.Name} to its 'stacks', or delete the field to grant it in every stack; run 'infra synth' after.";
        }

        return $"{ledger.Role} may not call {refusal.Action} on {refusal.Resource} ({refusal.Decision}), which {who} needs ({first.Source}). "
            + $"Add to {ledger.DisplayName}:\n"
            + $"  - action: {refusal.Action}\n"
            + $"    resource: \"{resource}\"\n"
            + (service is not null ? $"    passed-to-service: {service}\n" : string.Empty)
            + $"    required:\n      - by: \"{first.Address} ({first.Operation})\"\n        from: \"{first.Source}\"\n"
            + "    date: <today, YYYY-MM-DD>\n"
            + "('infra permissions sync' writes this entry with every call that needs it; run 'infra synth' after.)";
    }

    /// <summary>The resource policies AWS evaluates beside a role's own: every key policy and bucket policy of <paramref name="stack"/>.</summary>
    public static IReadOnlyList<ResourcePolicy> ResourcePolicies(Stack stack, IResourceArns arns)
    {
        var policies = new List<ResourcePolicy>();
        foreach (var resource in stack.Roots.SelectMany(r => r.CustomResources))
        {
            switch (resource)
            {
                case KmsKey { Args.Policy: { } keyPolicy } key:
                    policies.Add(new ResourcePolicy(IamPolicyDocument.Parse(PolicyJson.Render(keyPolicy, arns), $"key policy of {key.TerraformAddress}"), ResourcePolicyKind.KmsKey, arns.Arn(key)));
                    break;
                case S3BucketPolicy bucketPolicy:
                    policies.Add(new ResourcePolicy(IamPolicyDocument.Parse(PolicyJson.Render(bucketPolicy.Args.Policy, arns), $"bucket policy of {bucketPolicy.TerraformAddress}"), ResourcePolicyKind.S3Bucket, arns.Arn(bucketPolicy)));
                    break;
            }
        }

        return policies;
    }
}
