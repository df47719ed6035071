using Infra.Plans;
using Infra.Rules;
using Infra.Tests.Plans;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Rules;

public class PlanGateTests
{
    private static ChangeSet Terraform(JObject plan, IReadOnlySet<string>? protectedAddresses = null) =>
        PlanFile.Load(PlanFiles.Write(plan.ToString())).ToChangeSet(protectedAddresses);

    private static IReadOnlyList<RuleFinding> Errors(ChangeSet changes, string stack) =>
        PlanGate.Evaluate(new PlanContext(changes, stack)).Where(f => f.Severity == Severity.Error).ToList();

    [NonCompliant(NoDestroyInProductionRule.RuleId)]
    [TestCase("delete")]
    [TestCase("delete,create")]
    [TestCase("create,delete")]
    public void ProdRefusesEveryActionThatContainsDelete(string actions)
    {
        var changes = Terraform(PlanFiles.ProdPlan(PlanFiles.Change("aws_s3_bucket.data", actions.Split(','))));

        var errors = Errors(changes, "prod");

        Assert.That(errors.Select(e => (e.RuleId, e.Address)), Is.EqualTo(new[] { ("gate-no-destroy-in-prod", "aws_s3_bucket.data") }), $"[{actions}] must be refused in prod");
    }

    [Test]
    public void ProdRefusesADeleteCausedByARemovedBlock()
    {
        // prevent_destroy cannot stop this one: the block (and its lifecycle) is gone from the configuration.
        var change = PlanFiles.Change("aws_dynamodb_table.orders", "delete");
        change["action_reason"] = "delete_because_no_resource_config";

        var errors = Errors(Terraform(PlanFiles.ProdPlan(change)), "prod");

        Assert.That(errors.Single().Address, Is.EqualTo("aws_dynamodb_table.orders"));
        Assert.That(errors.Single().Message, Does.Contain("delete_because_no_resource_config"), "the finding should say why Terraform deletes it");
    }

    [Test]
    public void ProdRefusesTheRealFixturesThatDestroy()
    {
        foreach (var fixture in new[] { "checkov_aws_pure_delete_tf1.2.json", "checkov_aws_create_before_destroy_tf1.2.json", "tfjson_replace_tainted_tf1.15.json", "tfcompliance_aws_lambda_deletes_drift_tf1.0.json" })
        {
            var changes = PlanFile.Load(PlanFiles.FixturePath(fixture)).ToChangeSet();
            Assert.That(Errors(changes, "prod"), Is.Not.Empty, $"{fixture} destroys something and must be refused in prod");
        }
    }

    [Compliant(NoDestroyInProductionRule.RuleId)]
    [Compliant(ProtectedResourceRule.RuleId)]
    [Compliant(ErroredPlanRule.RuleId)]
    [Compliant(ForgetWarningRule.RuleId)]
    [Test]
    public void ProdAcceptsCreatesUpdatesAndNoOps()
    {
        var changes = Terraform(PlanFiles.ProdPlan(PlanFiles.Change("aws_s3_bucket.a", "create"), PlanFiles.Change("aws_s3_bucket.b", "update"), PlanFiles.Change("aws_s3_bucket.c", "no-op")));

        Assert.That(PlanGate.Evaluate(new PlanContext(changes, "prod")), Is.Empty, "nothing is destroyed, so nothing to report");
    }

    [Test]
    public void DevAcceptsADeleteOfAnUnprotectedResource()
    {
        Assert.That(Errors(Terraform(PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.tmp", "delete"))), "dev"), Is.Empty, "dev may delete what is not protected");
    }

    [NonCompliant(ProtectedResourceRule.RuleId)]
    [TestCase("delete")]
    [TestCase("delete,create")]
    public void AnyStackRefusesDestroyingAProtectedResource(string actions)
    {
        var changes = Terraform(PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.state[0]", actions.Split(','))), new HashSet<string> { "aws_s3_bucket.state" });

        var errors = Errors(changes, "dev");

        Assert.That(errors.Select(e => (e.RuleId, e.Address)), Is.EqualTo(new[] { ("gate-protected-resource", "aws_s3_bucket.state[0]") }), "a protected instance must not be destroyed in dev either");
    }

    [NonCompliant(ErroredPlanRule.RuleId)]
    [Test]
    public void AnErroredPlanIsRefused()
    {
        var changes = PlanFile.Load(PlanFiles.FixturePath("tofu_plan_error_errored.json")).ToChangeSet();

        Assert.That(Errors(changes, "dev").Single().RuleId, Is.EqualTo("gate-plan-errored"));
    }

    [NonCompliant(ForgetWarningRule.RuleId)]
    [Test]
    public void ForgetIsAWarningNotAFailure()
    {
        var changes = PlanFile.Load(PlanFiles.FixturePath("checkov_aws_forget_tf1.9.json")).ToChangeSet();

        var findings = PlanGate.Evaluate(new PlanContext(changes, "prod"));

        Assert.That(findings.Select(f => (f.RuleId, f.Severity, f.Address)), Is.EqualTo(new[] { ("gate-forget", Severity.Warning, "aws_s3_bucket.forgotten") }), "forget is reported but does not fail the gate, even in prod");
    }
}
