using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

public class DynamoDbRulesTests
{
    [NonCompliant(DynamoDbPitrRule.RuleId)]
    [NonCompliant(DynamoDbCmkRule.RuleId)]
    [Test]
    public void ATableWithoutRecoveryAndWithAnAwsOwnedKeyFailsBoth()
    {
        var stack = TestStacks.Empty();
        _ = new DynamoDbTable("t", new DynamoDbTableArgs
        {
            Name = "2-1-bbws-t-dev",
            HashKey = "id",
            Attributes = [new DynamoDbAttribute { Name = "id", Type = "S" }],
            PointInTimeRecovery = new DynamoDbPointInTimeRecovery { Enabled = false },
            ServerSideEncryption = new DynamoDbServerSideEncryption { Enabled = true },
        }, TestStacks.In(stack.Main));

        Assert.That(new DynamoDbPitrRule().Evaluate(stack).Single().Message, Does.Contain("point-in-time recovery off"));
        Assert.That(new DynamoDbCmkRule().Evaluate(stack).Single().Message, Does.Contain("not encrypted with a KMS key of this stack"));
    }

    [Compliant(DynamoDbPitrRule.RuleId)]
    [Compliant(DynamoDbCmkRule.RuleId)]
    [Test]
    public void ThePlatformsTablesComply()
    {
        var stacks = RuleFixtures.PlatformStacks();

        Assert.That(stacks.SelectMany(new DynamoDbPitrRule().Evaluate).Concat(stacks.SelectMany(new DynamoDbCmkRule().Evaluate)).Select(f => f.ToString()), Is.Empty, "the platform's tables (and the lock table) must have recovery and the stack key");
    }
}
