using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>DYNAMODB-PITR: Every DynamoDB table has point-in-time recovery on.</summary>
public sealed class DynamoDbPitrRule : Rule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "DYNAMODB-PITR";

    /// <inheritdoc />
    public override string Id => RuleId;

    /// <inheritdoc />
    public override string Title => "Every DynamoDB table has point-in-time recovery on.";

    /// <inheritdoc />
    public override string Rationale => "Point-in-time recovery restores a table to any second of the last 35 days after a bad write or a bad deploy.";

    /// <inheritdoc />
    public override IReadOnlyList<string> CheckovIds => ["CKV_AWS_28"];

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(Stack stack) =>
        RuleGraph.All(stack).OfType<DynamoDbTable>()
            .Where(t => t.Args.PointInTimeRecovery is not { Enabled: true })
            .Select(t => Finding(t, $"table {t.Args.Name} has point-in-time recovery off: set PointInTimeRecovery.Enabled = true."));
}
