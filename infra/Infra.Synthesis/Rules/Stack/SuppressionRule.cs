namespace Infra.Rules;

/// <summary>SUPPRESSION: Every suppression names a rule that exists.</summary>
public sealed class SuppressionRule() : Rule(
    RuleId,
    "Every suppression names a rule that exists.",
    "A suppression of a misspelt or removed rule id accepts nothing and hides that the finding it meant is now reported or gone; it must be fixed or deleted.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "SUPPRESSION";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        // Only the graph's findings are suppressible: the plan gate takes no suppression.
        var known = RuleRegistry.All.OfType<Rule>().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var resource in stack.Roots.SelectMany(r => r.Resources.Prepend(r)))
        {
            foreach (var suppression in resource.Options.Suppressions.Where(s => !known.Contains(s.RuleId)))
            {
                var near = Infra.Configuration.Suggestions.Closest(suppression.RuleId, known.Order(StringComparer.Ordinal));
                yield return Finding(resource, $"suppresses unknown rule '{suppression.RuleId}'" + (near is null ? string.Empty : $" (did you mean '{near}'?)") + ": name a rule of infra/RULES.md, or delete the suppression.");
            }
        }
    }
}
