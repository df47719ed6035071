using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>LOG-RETENTION-YEAR: Every CloudWatch log group keeps its logs at least a year (or forever).</summary>
public sealed class LogRetentionYearRule() : Rule(
    RuleId,
    "Every CloudWatch log group keeps its logs at least 365 days (0, kept forever, also passes).",
    "An incident found months later (a breach, a disputed order) can be investigated only while its logs exist; a year is the common audit minimum.",
    checkovIds: ["CKV_AWS_338"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "LOG-RETENTION-YEAR";

    /// <summary>The least retention that passes, in days.</summary>
    public const int MinimumDays = 365;

    // Ported from checkov's CloudWatchLogGroupRetentionYear (Apache-2.0): 0 or at least 365 passes, anything else and
    // a missing retention_in_days fail.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<CloudWatchLogGroup>()
            .Where(g => g.Args.RetentionInDays is not (0 or >= MinimumDays))
            .Select(g => Finding(g, g.Args.RetentionInDays is { } days
                ? $"log group {g.Name} keeps logs {days} days, less than a year: set the stack's bbws:logRetentionDays to {MinimumDays} or more."
                : $"log group {g.Name} sets no retention: set RetentionInDays to the stack's bbws:logRetentionDays, {MinimumDays} or more."));
}
