using Infra.Checks;
using Infra.Rules;

namespace Infra.Tests.Checks;

public class CheckReportTests
{
    [Test]
    public void AnInfoFindingNeverFailsTheCheck()
    {
        var report = new CheckReport([Finding(Severity.Info)], []);

        Assert.Multiple(() =>
        {
            Assert.That(report.Findings.Single().IsBlocking, Is.False, "an Info finding is a fact for the reader, not a failure");
            Assert.That(report.Failed, Is.False, "a report holding only an Info finding must pass");
        });
    }

    [Test]
    public void AnUnsuppressedErrorFailsTheCheck()
    {
        Assert.That(new CheckReport([Finding(Severity.Error)], []).Failed, Is.True, "an unsuppressed error must fail the check");
    }

    private static CheckFinding Finding(Severity severity) =>
        new(IamCoverageRule.RuleId, severity, "dev", null, "stacks/dev/bootstrap/terraform/main.tf.json", 1, "the bootstrap root is applied by an administrator", null);
}
