using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>DYNAMODB-PITR: Every DynamoDB table has point-in-time recovery on.</summary>
public sealed class DynamoDbPitrRule() : Rule(
    RuleId,
    "Every DynamoDB table has point-in-time recovery on.",
    "Point-in-time recovery restores a table to any second of the last 35 days after a bad write or a bad deploy.",
    checkovIds: ["CKV_AWS_28"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "DYNAMODB-PITR";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<DynamoDbTable>()
            .Where(t => t.Args.PointInTimeRecovery is not { Enabled: true })
            .Select(t => Finding(t, $"table {t.Args.Name} has point-in-time recovery off: set PointInTimeRecovery.Enabled = true."));
}
