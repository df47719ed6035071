using Infra.Rules;

namespace Infra.Tests.Rules;

public class RuleFindingTests
{
    [TestCase(Severity.Info, false)]
    [TestCase(Severity.Warning, false)]
    [TestCase(Severity.Error, true)]
    public void OnlyAnUnsuppressedErrorBlocks(Severity severity, bool blocking)
    {
        var finding = new RuleFinding(IamCoverageRule.RuleId, severity, null, "a fact") { Address = "stacks/dev/bootstrap" };

        Assert.Multiple(() =>
        {
            Assert.That(finding.IsBlocking, Is.EqualTo(blocking), $"a {severity} finding must {(blocking ? string.Empty : "not ")}block synth");
            Assert.That((finding with { SuppressedBecause = "accepted" }).IsBlocking, Is.False, "a suppressed finding never blocks");
        });
    }
}
