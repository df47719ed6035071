using Infra.Model;

namespace Infra.Rules;

/// <summary>PARITY: dev, sit and prod declare the same resources (same root, type and logical name), except those on the documented allow-list.</summary>
public sealed class ParityRule() : StackSetRule(
    RuleId,
    "dev, sit and prod declare the same resources (same root, type and logical name), except those on the documented allow-list.",
    "What is tested in dev and sit must be what runs in prod: a resource that exists in one stack only is either a drift or a decision, and a decision is written on the allow-list with its reason.")
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
        ["github-repository"] = "The repository and its ruleset are one object for the whole project: they live in prod's bootstrap only (PlatformProgram.RepositoryStack), so weakening them takes a prod administrator.",
        ["github-environments"] = "Each stack's GitHub environments differ by design: its approval gates (dev none, sit one, prod two before the environment) and its branch and tag policies come from the stack's config.",
    };

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> EvaluateAll(IReadOnlyList<Stack> stacks)
    {
        if (stacks.Count < 2)
        {
            yield break;
        }

        // Each resource's key is built once: the stacks are compared pairwise.
        var resources = stacks.ToDictionary(s => s, s => RuleGraph.All(s).Where(r => !Allowed(r)).Select(r => (Resource: r, Key: Key(r))).ToList());
        var keys = resources.ToDictionary(s => s.Key, s => s.Value.Select(r => r.Key).ToHashSet(StringComparer.Ordinal));
        foreach (var stack in stacks)
        {
            foreach (var (resource, key) in resources[stack])
            {
                var missing = stacks.Where(other => !keys[other].Contains(key)).Select(o => o.Name).ToList();
                if (missing.Count > 0)
                {
                    yield return Finding(resource, $"{resource.TerraformAddress} ({resource.Root.Kind.ToString().ToLowerInvariant()} root) exists in {stack.Name} but not in {string.Join(", ", missing)}: declare it in every stack (stacks differ only in config), or add it to ParityRule.AllowList with the reason.");
                }
            }
        }
    }

    private static string Key(CustomResource resource) => $"{resource.Root.Kind}/{resource.Type}/{resource.Name}";

    private static bool Allowed(Resource resource)
    {
        for (Resource? r = resource; r is not null; r = r.Parent)
        {
            if (AllowList.ContainsKey(r.Name))
            {
                return true;
            }
        }

        return false;
    }
}
