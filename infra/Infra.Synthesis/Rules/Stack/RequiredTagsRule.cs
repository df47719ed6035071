using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>TAGS: Every AWS provider tags every taggable resource with Environment, ManagedBy, Project, Repository and Stack (default_tags).</summary>
public sealed class RequiredTagsRule() : Rule(
    RuleId,
    "Every AWS provider tags every taggable resource with Environment, ManagedBy, Project, Repository and Stack (default_tags).",
    "Tags are how cost, ownership and the code that manages a resource are found from the console; provider default tags reach every taggable resource without listing them on each.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "TAGS";

    /// <summary>The tags every taggable resource carries.</summary>
    public static readonly IReadOnlyList<string> Required = ["Environment", "ManagedBy", "Project", "Repository", "Stack"];

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var provider in stack.Roots.SelectMany(r => r.Providers).OfType<AwsProvider>())
        {
            var tags = provider.Args.DefaultTags?.Tags ?? new Dictionary<string, string>();
            var missing = Required.Where(t => !tags.TryGetValue(t, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
            if (missing.Count > 0)
            {
                yield return Finding(provider, $"the provider's default_tags lack {string.Join(", ", missing)}: add them to AwsProviderArgs.DefaultTags so every taggable resource carries them.");
            }
        }
    }
}
