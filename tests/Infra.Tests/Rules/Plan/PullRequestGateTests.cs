using Infra.Plans;
using Infra.Rules;

namespace Infra.Tests.Rules;

public class PullRequestGateTests
{
    private static readonly ChangeSet NoChanges = new("test", []);

    private static ChangeSet ProtectedTableRemoved() =>
        new("test", [new PlannedChange("aws_dynamodb_table.orders", string.Empty, "aws_dynamodb_table", ChangeKind.Delete, ["delete"]) { DestroysExisting = true, Protected = true }]);

    private static readonly ProtectionLoss LostPreventDestroy = new("aws_dynamodb_table.orders", "lifecycle.prevent_destroy = true removed");

    [NonCompliant(ProtectionLossRule.RuleId)]
    [Test]
    public void ALostProtectionInProdIsRefusedNamingTheResourceAndWhatWasLost()
    {
        var findings = PlanGate.Evaluate(new PlanContext(NoChanges, "prod") { ProtectionLosses = [LostPreventDestroy] });

        Assert.That(findings.Select(f => (f.RuleId, f.Severity, f.Address)), Is.EqualTo(new[] { (ProtectionLossRule.RuleId, Severity.Error, "aws_dynamodb_table.orders") }), "a weakened prod protection must refuse the change");
        Assert.That(findings.Single().Message, Does.Contain("lifecycle.prevent_destroy = true removed"), "the finding must say what was lost");
    }

    [Compliant(ProtectionLossRule.RuleId)]
    [Test]
    public void NoLostProtectionMeansNoFinding()
    {
        Assert.That(new ProtectionLossRule().Evaluate(new PlanContext(NoChanges, "prod")), Is.Empty, "nothing was weakened");
    }

    [Test]
    public void OutsideProdALostProtectionOrARemovedProtectedResourceIsOnlyAWarning()
    {
        var findings = PullRequestGate.Evaluate(new PlanContext(ProtectedTableRemoved(), "dev") { ProtectionLosses = [LostPreventDestroy] });

        Assert.Multiple(() =>
        {
            Assert.That(findings.Select(f => f.RuleId).Order(StringComparer.Ordinal), Is.EqualTo(new[] { ProtectedResourceRule.RuleId, ProtectionLossRule.RuleId }), "both the removal and the lost protection must be reported");
            Assert.That(findings.Select(f => f.Severity).Distinct(), Is.EqualTo(new[] { Severity.Warning }), "the pull-request gate refuses only prod");
        });
    }

    [Test]
    public void InProdARemovedProtectedResourceIsRefused()
    {
        var findings = PullRequestGate.Evaluate(new PlanContext(ProtectedTableRemoved(), "prod"));

        Assert.That(findings.Where(f => f.Severity == Severity.Error).Select(f => (f.RuleId, f.Address)), Is.EquivalentTo(new[]
        {
            (NoDestroyInProductionRule.RuleId, "aws_dynamodb_table.orders"),
            (ProtectedResourceRule.RuleId, "aws_dynamodb_table.orders"),
        }), "a prod destroy must be refused at pull-request time");
    }
}
