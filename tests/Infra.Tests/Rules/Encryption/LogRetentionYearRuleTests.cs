using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The compliant and non-compliant cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/checks/resource/aws/example_CloudWatchLogGroupRetentionYear/main.tf (pass_365, pass_0, fail = 5; the
// "unknown" case reads a variable, which a model resource cannot).
public class LogRetentionYearRuleTests
{
    [NonCompliant(LogRetentionYearRule.RuleId)]
    [Test]
    public void ALogGroupKeptLessThanAYearFails()
    {
        var stack = TestStacks.Empty();
        _ = Group(stack, "pass-365", 365);
        _ = Group(stack, "pass-0", 0);
        _ = Group(stack, "fail", 5);

        var finding = new LogRetentionYearRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("fail"), "only the 5-day group fails; 365 and 0 (forever) pass");
        Assert.That(finding.Message, Does.Contain("5 days, less than a year").And.Contain("bbws:logRetentionDays"));
    }

    [NonCompliant(LogRetentionYearRule.RuleId)]
    [Test]
    public void ALogGroupWithoutRetentionFails() =>
        Assert.That(new LogRetentionYearRule().Evaluate(Single(null)).Select(f => f.Resource!.Name), Is.EqualTo(new[] { "none" }), "a missing retention_in_days fails in checkov");

    [Compliant(LogRetentionYearRule.RuleId)]
    [Test]
    public void ALogGroupKeptAYearOrForeverPasses()
    {
        var stack = TestStacks.Empty();
        _ = Group(stack, "pass-365", 365);
        _ = Group(stack, "pass-0", 0);

        Assert.That(new LogRetentionYearRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void SitAndProdKeepLogsAYearAndOnlyDevIsAccepted()
    {
        var findings = RuleRunner.Run([new LogRetentionYearRule()], RuleFixtures.PlatformStacks());

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "dev's short retention must be accepted by a suppression");
        Assert.That(findings.Select(f => f.Resource!.Root.Stack.Name).Distinct(), Is.EqualTo(new[] { "dev" }), "sit and prod must keep logs at least a year (bbws:logRetentionDays), not be accepted");
        Assert.That(findings, Has.Count.EqualTo(TestStacks.All<CloudWatchLogGroup>(RuleFixtures.Platform("dev")).Count), "every dev log group is kept less than a year");
    }

    private static Infra.Model.Stack Single(int? days)
    {
        var stack = TestStacks.Empty();
        _ = Group(stack, "none", days);
        return stack;
    }

    private static CloudWatchLogGroup Group(Infra.Model.Stack stack, string name, int? days) =>
        new(name, new CloudWatchLogGroupArgs { Name = $"/{name}", RetentionInDays = days }, TestStacks.In(stack.Main));
}
