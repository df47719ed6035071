using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

public class EncryptionRulesTests
{
    [NonCompliant(CustomerKeyEncryptionRule.RuleId)]
    [Test]
    public void TopicsQueuesAndLogGroupsWithoutTheStackKeyFail()
    {
        var stack = TestStacks.Empty();
        _ = new SnsTopic("topic", new SnsTopicArgs { Name = "t" }, TestStacks.In(stack.Main));
        _ = new SqsQueue("queue", new SqsQueueArgs { Name = "q", KmsMasterKeyId = "alias/aws/sqs" }, TestStacks.In(stack.Main));
        _ = new CloudWatchLogGroup("logs", new CloudWatchLogGroupArgs { Name = "/x", RetentionInDays = 14 }, TestStacks.In(stack.Main));

        Assert.That(new CustomerKeyEncryptionRule().Evaluate(stack).Select(f => f.Resource!.Name), Is.EquivalentTo(new[] { "topic", "queue", "logs" }), "an AWS-managed alias or no key must not count as the stack's key");
    }

    [Compliant(CustomerKeyEncryptionRule.RuleId)]
    [Test]
    public void AQueueWithTheStacksOwnKeyPasses()
    {
        var stack = TestStacks.Empty();
        var key = RuleFixtures.Key(stack);
        _ = new SqsQueue("queue", new SqsQueueArgs { Name = "q", KmsMasterKeyId = key.Arn }, TestStacks.In(stack.Main));

        Assert.That(new CustomerKeyEncryptionRule().Evaluate(stack), Is.Empty);
    }

    [NonCompliant(LogRetentionRule.RuleId)]
    [Test]
    public void ALogGroupUnderTheStacksMinimumFails()
    {
        var stack = TestStacks.Empty("prod");
        _ = new CloudWatchLogGroup("logs", new CloudWatchLogGroupArgs { Name = "/x", RetentionInDays = 30 }, TestStacks.In(stack.Main));

        Assert.That(new LogRetentionRule().Evaluate(stack).Single().Message, Does.Contain("30 days, under the stack's minimum of 365"));
    }

    [Compliant(LogRetentionRule.RuleId)]
    [Compliant(CustomerKeyEncryptionRule.RuleId)]
    [Test]
    public void ThePlatformsLogsAndMessagesComply()
    {
        Rule[] rules = [new LogRetentionRule(), new CustomerKeyEncryptionRule()];

        Assert.That(RuleFixtures.PlatformStacks().SelectMany(s => rules.SelectMany(r => r.Evaluate(s))).Select(f => f.ToString()), Is.Empty);
    }
}
