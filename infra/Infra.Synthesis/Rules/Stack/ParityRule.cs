using System.Globalization;
using Infra.Model;

namespace Infra.Rules;

/// <summary>
/// PARITY: dev, sit and prod declare the same resources (same root, type and logical name), except those on the
/// documented allow-list; a difference that removes or unprotects a protected prod resource is refused unless a
/// suppression with a reason and an expiry documents it.
/// </summary>
public sealed class ParityRule : StackSetRule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "PARITY";

    /// <summary>
    /// Components (or resources) that exist in some stacks only, by logical name, with the reason. A resource is
    /// allowed when it or any enclosing component is listed.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AllowList = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["github-plan"] = "The read-only pull-request plan role exists in dev only: previews of pull requests run against dev, never against sit or prod.",
        ["github-promote-plan"] = "The read-only plan role of a promotion's plan job exists in the promoted stacks only (sit and prod): the first stack is deployed on push, planned and applied in one job.",
        ["github-repository"] = "The repository and its ruleset are one object for the whole project: they live in prod's bootstrap only (the app's RepositoryStack), so weakening them takes a prod administrator.",
        ["deployment-notifications-subscriptions"] = "Who gets a stack's alerts is the stack's config (bbws:notificationSubscriptions), like its reviewers: each stack subscribes its own e-mail addresses and endpoints to the same topic.",
        ["github-deploy-policy-4"] = DeployPolicySplit,
        ["github-deploy-policy-4-attachment"] = DeployPolicySplit,
        ["github-environments"] = "Each stack's GitHub environments differ by design: its approval gates (dev none, sit one, prod two before the environment) and its branch and tag policies come from the stack's config.",
    };

    // The packer splits a role's ledger grants into as many managed policies as IAM's 6,144-character quota needs, so
    // the count follows the rendered size: prod's names (af-south-1 and its account) are longer than dev's and sit's.
    private const string DeployPolicySplit =
        "The deploy role's ledger grants are packed into as many managed policies as IAM's quota needs (README, Policies that fit IAM's quotas); prod's longer rendered ARNs take one more than dev and sit, with the same grants.";

    private const string BreakGlass =
        "A prod destroy never goes through the pipeline (the gate refuses it, with no bypass): it follows README's break-glass procedure. " +
        "Accept this difference only with a PARITY suppression on the resource giving the change ticket as reason and an expiry (new Suppression(\"PARITY\", \"<ticket>: <why>\", new DateOnly(y, m, d))), or keep the resource in prod.";

    private readonly IReadOnlyDictionary<string, string> allowList;
    private readonly TimeProvider time;

    /// <summary>The platform's rule: <see cref="AllowList"/>, suppressions judged on <paramref name="time"/>'s date (UTC).</summary>
    /// <param name="time">The caller's clock (the CLI's): no finding depends on the machine's clock.</param>
    public ParityRule(TimeProvider time)
        : this(AllowList, time)
    {
    }

    /// <summary>A rule with another allow-list, judging suppression expiries on <paramref name="time"/>'s date (UTC).</summary>
    /// <param name="allowList">Logical names of the components or resources that may exist in some stacks only, with the reason.</param>
    /// <param name="time">The clock whose date, when the rule runs, a suppression's expiry is compared with: it applies through its expiry day.</param>
    public ParityRule(IReadOnlyDictionary<string, string> allowList, TimeProvider time)
        : base(
            RuleId,
            "dev, sit and prod declare the same resources (same root, type and logical name), except those on the documented allow-list.",
            "What is tested in dev and sit must be what runs in prod: a resource that exists in one stack only is either a drift or a decision, and a decision is written on the allow-list with its reason. A difference that removes or unprotects a protected prod resource is a prod destroy: it is refused unless a PARITY suppression with a reason and an expiry documents it, and the destroy itself follows the break-glass procedure.")
    {
        this.allowList = allowList;
        this.time = time;
    }

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> EvaluateAll(IReadOnlyList<Stack> stacks)
    {
        if (stacks.Count < 2)
        {
            yield break;
        }

        // Each resource's key is built once: the stacks are compared pairwise.
        var resources = stacks.ToDictionary(s => s, s => RuleGraph.All(s).Select(r => (Resource: r, Key: Key(r), Entry: AllowedBy(r))).ToList());
        var compared = resources.ToDictionary(s => s.Key, s => s.Value.Where(r => r.Entry is null).Select(r => r.Key).ToHashSet(StringComparer.Ordinal));
        var production = stacks.FirstOrDefault(s => s.Name == ProdProtectRule.ProductionStack);
        foreach (var stack in stacks)
        {
            foreach (var (resource, key, _) in resources[stack].Where(r => r.Entry is null))
            {
                var missing = stacks.Where(other => !compared[other].Contains(key)).ToList();
                if (missing.Count == 0)
                {
                    continue;
                }

                var where = $"{resource.TerraformAddress} ({resource.Root.Kind.ToString().ToLowerInvariant()} root) exists in {stack.Name} but not in {string.Join(", ", missing.Select(o => o.Name))}";
                yield return production is not null && missing.Contains(production) && ProtectedInProd(resource)
                    ? ProdDestroy(resource, $"{where}: in prod this removes protected prod resource {resource.TerraformAddress} ({Why(resource)}); declare it in every stack (an allow-list line does not accept this either). {BreakGlass}")
                    : Finding(resource, $"{where}: declare it in every stack (stacks differ only in config), or add it to ParityRule.AllowList with the reason.");
            }
        }

        if (production is null)
        {
            yield break;
        }

        foreach (var finding in AllowedProdLosses(stacks, production, resources))
        {
            yield return finding;
        }
    }

    // An allow-listed difference is a decision, except where it takes a protected resource out of prod or takes its
    // protection away there: that is a prod destroy, whatever the allow-list says.
    private IEnumerable<RuleFinding> AllowedProdLosses(
        IReadOnlyList<Stack> stacks,
        Stack production,
        Dictionary<Stack, List<(CustomResource Resource, string Key, string? Entry)>> resources)
    {
        var inProd = resources[production].ToDictionary(r => r.Key, r => r.Resource, StringComparer.Ordinal);
        var others = stacks.Where(s => s != production).ToList();
        var allowedElsewhere = others
            .SelectMany(s => resources[s].Where(r => r.Entry is not null))
            .GroupBy(r => r.Key, StringComparer.Ordinal);
        foreach (var copies in allowedElsewhere)
        {
            var (resource, key, entry) = copies.First();
            if (!inProd.TryGetValue(key, out var prodCopy))
            {
                if (copies.Any(c => ProtectedInProd(c.Resource)))
                {
                    var holders = others.Where(s => resources[s].Any(r => r.Key == key)).Select(s => s.Name);
                    yield return ProdDestroy(resource, $"{resource.TerraformAddress} ({resource.Root.Kind.ToString().ToLowerInvariant()} root) exists in {string.Join(", ", holders)} but not in {production.Name}, by the allow-list entry '{entry}': this removes protected prod resource {resource.TerraformAddress} ({Why(resource)}): if prod holds it, deploying this destroys it. {BreakGlass}");
                }
            }
            else if (!prodCopy.Options.Protect && copies.Any(c => c.Resource.Options.Protect))
            {
                var holders = copies.Where(c => c.Resource.Options.Protect).Select(c => c.Resource.Root.Stack.Name).Distinct(StringComparer.Ordinal);
                yield return ProdDestroy(prodCopy, $"{prodCopy.TerraformAddress} ({prodCopy.Root.Kind.ToString().ToLowerInvariant()} root) is protected in {string.Join(", ", holders)} but not in {production.Name}, by the allow-list entry '{entry}': this unprotects protected prod resource {prodCopy.TerraformAddress}, so a later change can destroy it. Protect it in prod (Protect = true). {BreakGlass}");
            }
        }
    }

    // A finding about a prod destroy: a suppression accepts it only with an expiry that has not passed, so the
    // decision is revisited; the runner applies the suppression, this decides whether it may.
    private RuleFinding ProdDestroy(CustomResource resource, string message)
    {
        var suppression = resource.EffectiveSuppressions.FirstOrDefault(s => s.RuleId == RuleId);
        if (suppression is null)
        {
            return Finding(resource, message);
        }

        if (suppression.Expires is not { } expires)
        {
            return Finding(resource, $"{message} Its PARITY suppression has no expiry: a protected prod destroy is accepted only until a date; add one.") with { Suppressible = false };
        }

        return expires < DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)
            ? Finding(resource, $"{message} Its PARITY suppression expired on {expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: finish the break-glass destroy and remove the resource from the other stacks, or renew the suppression with a reason and a new date.") with { Suppressible = false }
            : Finding(resource, message);
    }

    // What prod protects: every stateful resource (PROD-PROTECT requires it) and whatever a stack protects explicitly.
    private static bool ProtectedInProd(CustomResource resource) => resource.IsStateful || resource.Options.Protect;

    private static string Why(CustomResource resource) =>
        resource.IsStateful ? $"a stateful {resource.Type}, which prod protects" : $"protected in {resource.Root.Stack.Name}";

    private static string Key(CustomResource resource) => $"{resource.Root.Kind}/{resource.Type}/{resource.Name}";

    private string? AllowedBy(Resource resource)
    {
        for (Resource? r = resource; r is not null; r = r.Parent)
        {
            if (allowList.ContainsKey(r.Name))
            {
                return r.Name;
            }
        }

        return null;
    }
}
