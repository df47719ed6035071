using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>LOG-RETENTION: Every CloudWatch log group keeps its logs at least the stack's configured minimum (bbws:logRetentionDays).</summary>
public sealed class LogRetentionRule() : Rule(
    RuleId,
    "Every CloudWatch log group keeps its logs at least the stack's configured minimum (bbws:logRetentionDays).",
    "Logs kept too briefly cannot answer an incident found late; the minimum per stack (dev 14, sit and prod 365 days) is set in config, not per log group.",
    checkovIds: ["CKV_AWS_66"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "LOG-RETENTION";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var minimum = stack.Config.RequireInt("logRetentionDays");
        foreach (var group in stack.ResourcesOf<CloudWatchLogGroup>().Where(g => g.Args.RetentionInDays < minimum && g.Args.RetentionInDays != 0))
        {
            yield return Finding(group, $"log group {group.Args.Name} keeps logs {group.Args.RetentionInDays} days, under the stack's minimum of {minimum}: pass the stack's logRetentionDays.");
        }

        foreach (var group in stack.ResourcesOf<CloudWatchLogGroup>().Where(g => g.Args.RetentionInDays == 0))
        {
            yield return Finding(group, $"log group {group.Args.Name} has no retention (kept forever): set RetentionInDays to the stack's logRetentionDays.");
        }
    }
}
