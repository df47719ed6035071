using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;
using Moq;

namespace Infra.Tests.Rules;

public class StackRulesTests
{
    [NonCompliant(RequiredTagsRule.RuleId)]
    [Test]
    public void AProviderWithoutTheRequiredDefaultTagsFails()
    {
        var stack = TestStacks.Empty();
        _ = new AwsProvider("aws", new AwsProviderArgs
        {
            Region = stack.Region,
            AllowedAccountIds = [stack.AccountId],
            DefaultTags = new AwsDefaultTags { Tags = new Dictionary<string, string> { ["Project"] = "bbws", ["Stack"] = " " } },
        }, TestStacks.In(stack.Main));

        Assert.That(new RequiredTagsRule().Evaluate(stack).Single().Message, Does.Contain("Environment, ManagedBy, Repository, Stack"));
    }

    [Compliant(RequiredTagsRule.RuleId)]
    [Test]
    public void ThePlatformsProvidersTagEverything() =>
        Assert.That(RuleFixtures.PlatformStacks().SelectMany(new RequiredTagsRule().Evaluate).Select(f => f.ToString()), Is.Empty);

    [NonCompliant(ParityRule.RuleId)]
    [Test]
    public void AResourceInOneStackOnlyFails()
    {
        var dev = TestStacks.Empty("dev");
        var prod = TestStacks.Empty("prod");
        _ = new SnsTopic("extra", new SnsTopicArgs { Name = "t" }, TestStacks.In(dev.Main));

        var finding = new ParityRule(Testing.TestClock.On()).EvaluateAll([dev, prod]).Single();

        Assert.That(finding.Message, Does.Contain("aws_sns_topic.extra").And.Contain("exists in dev but not in prod"));
    }

    [Compliant(ParityRule.RuleId)]
    [Test]
    public void TheThreePlatformStacksHaveTheSameResourcesModuloTheAllowList()
    {
        Assert.That(new ParityRule(Testing.TestClock.On()).EvaluateAll(RuleFixtures.PlatformStacks()).Select(f => f.ToString()), Is.Empty);
        Assert.That(RuleFixtures.Platform("dev").Bootstrap.Find("github-plan"), Is.Not.Null, "the allow-list entry github-plan must still name a real component");
    }

    [NonCompliant(SuppressionRule.RuleId)]
    [Test]
    public void ASuppressionOfAnUnknownRuleIsReportedWithADidYouMean()
    {
        var stack = TestStacks.Empty();
        _ = new SnsTopic("t", new SnsTopicArgs { Name = "t" }, TestStacks.In(stack.Main) with { Suppressions = [new Suppression("S3-VERSIONNING", "typo in the rule id here")] });

        Assert.That(new SuppressionRule().Evaluate(stack).Single().Message, Does.Contain("unknown rule 'S3-VERSIONNING'").And.Contain("did you mean 'S3-VERSIONING'"));
    }

    [Compliant(SuppressionRule.RuleId)]
    [Test]
    public void ThePlatformsSuppressionsNameRealRules() =>
        Assert.That(RuleFixtures.PlatformStacks().SelectMany(new SuppressionRule().Evaluate).Select(f => f.ToString()), Is.Empty);

    [Test]
    public void ARuleThatThrowsBecomesAFindingNamingIt()
    {
        var rule = new Mock<Rule>("BROKEN", "A rule that always throws.", "It proves the runner survives a broken rule.", Severity.Error, null!);
        rule.Setup(r => r.Evaluate(It.IsAny<RuleContext>())).Throws(new InvalidOperationException("boom"));

        var finding = RuleRunner.Run([rule.Object], [TestStacks.Empty()]).Single();

        Assert.That(finding.ToString(), Does.Contain("BROKEN").And.Contain("InvalidOperationException: boom"));
    }
}
