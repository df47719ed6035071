using Infra.Deploy;
using Infra.Tests.Plans;
using Infra.Tests.Testing;

namespace Infra.Tests.Deploy;

/// <summary>The deploy sequence's gate over the real repository: its stack files and its generated prod root.</summary>
public class StackPlanGateAdapterTests
{
    [Test]
    public void AProdPlanDeletingTheOrdersTableIsRefusedNamingTheRuleAndAddress()
    {
        var plan = PlanFiles.Write(PlanFiles.ProdPlan(PlanFiles.Change("aws_dynamodb_table.orders_table", "delete"), PlanFiles.Change("aws_s3_bucket.order_templates_bucket", "update")).ToString());

        var result = new StackPlanGateAdapter(RepositoryFiles.Root).Evaluate(plan, "prod");

        Assert.That(result.Passed, Is.False, "a plan that deletes a prod table must not be applied");
        Assert.That(result.Findings, Has.Some.StartWith("FAIL [gate-no-destroy-in-prod] aws_dynamodb_table.orders_table: "), "the finding must name the rule and the address");
        Assert.That(result.Findings, Has.Some.StartWith("FAIL [gate-protected-resource] aws_dynamodb_table.orders_table: "),
            "the generated prod root protects the table, so that rule must fire too");
        Assert.That(result.Findings, Has.None.Contains("order_templates_bucket"), "an update is not a finding");
    }

    [Test]
    public void AnErroredPlanIsRefusedWithTheAdviceToReadTheEngineErrorAndPlanAgain()
    {
        var document = PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.order_templates_bucket", "update"));
        document["errored"] = true;
        var plan = PlanFiles.Write(document.ToString());

        var result = new StackPlanGateAdapter(RepositoryFiles.Root).Evaluate(plan, "dev");

        Assert.That(result.Passed, Is.False, "an errored plan is incomplete");
        Assert.That(result.Fixes, Has.Exactly(1).Contains("read the error").And.Contains("plan again"), "the errored-plan rule's fix must reach the deploy's refusal");
        Assert.That(result.Fixes, Has.None.Contains("keeps"), "no other rule refused, so no other fix is given");
    }

    [Test]
    public void ADevPlanThatOnlyCreatesAndForgetsPassesWithAWarning()
    {
        var plan = PlanFiles.Write(PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.order_templates_bucket", "create"), PlanFiles.Change("aws_s3_bucket.old_bucket", "forget")).ToString());

        var result = new StackPlanGateAdapter(RepositoryFiles.Root).Evaluate(plan, "dev");

        Assert.That(result.Passed, Is.True, "creates and forgets do not block a dev apply: " + string.Join("; ", result.Findings));
        Assert.That(result.Findings, Has.All.StartWith("WARN ").And.Some.Contains("aws_s3_bucket.old_bucket"), "a forget must be reported as a warning, nothing as a failure");
    }

    [Test]
    public void APlanOfAnotherAccountIsBadInput()
    {
        var plan = PlanFiles.Write(PlanFiles.DevPlan(PlanFiles.Change("aws_s3_bucket.order_templates_bucket", "update")).ToString());

        var error = Assert.Throws<InfraException>(() => new StackPlanGateAdapter(RepositoryFiles.Root).Evaluate(plan, "prod"));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), "a dev plan judged as prod must be refused, not gated");
        Assert.That(error.Message, Does.Contain("'prod'"), "the message must name the stack the plan is not of");
    }
}
