using Infra.Deploy;
using Moq;

namespace Infra.Tests.Deploy;

public class DeployDriverTests
{
    [Test]
    public async Task DevApplyRunsEveryStepInTheSafeOrder()
    {
        var harness = new DeployHarness();

        await harness.RunAsync(apply: true);

        Assert.That(harness.Steps, Is.EqualTo(new[]
        {
            "verify", "freeze-check", "synth-check", "init", "plan", "show", "gate", "outputs", "record-start", "apply",
            "outputs", "alias", "codedeploy", "codedeploy-wait", "smoke", "record-success", "notify",
        }), "the deploy steps ran out of order or a step is missing");
    }

    [Test]
    public async Task EveryEngineStepGetsTheDeploysCancellationToken()
    {
        var harness = new DeployHarness();
        using var cancellation = new CancellationTokenSource();
        var token = cancellation.Token;

        await new DeployDriver(harness.Services).RunAsync(harness.Request(apply: true), token);

        Assert.Multiple(() =>
        {
            harness.Engine.Verify(e => e.Init(token), Times.Once(), "init must be cancellable with the deploy");
            harness.Engine.Verify(e => e.Plan(It.IsAny<string>(), It.IsAny<bool>(), token), Times.Once(), "the plan must be cancellable with the deploy");
            harness.Engine.Verify(e => e.ShowJson(It.IsAny<string>(), It.IsAny<string>(), token), Times.Once(), "showing the plan must be cancellable with the deploy");
            harness.Engine.Verify(e => e.Apply(It.IsAny<string>(), token), Times.Once(), "the apply must be cancellable with the deploy");
            harness.Engine.Verify(e => e.Outputs(token), Times.Exactly(2), "reading the outputs must be cancellable with the deploy");
        });
    }

    [Test]
    public void NothingRunsAfterAFailedVerification()
    {
        var harness = new DeployHarness(account: "536580886816");
        var wrong = new DeployHarness(stack: "dev", account: "999999999999");
        var services = wrong.Services with { Verifier = new AccountVerifier(wrong.Identity.Object) };
        var request = harness.Request(apply: true) with { Target = harness.Target };

        var error = Assert.ThrowsAsync<InfraException>(() => new DeployDriver(services).RunAsync(request, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a wrong account must exit 3");
        Assert.That(wrong.Steps, Is.EqualTo(new[] { "verify" }), "a step ran after the account check failed");
    }

    [Test]
    public void NoApplyWhenTheGateRefusesThePlan()
    {
        var harness = new DeployHarness { GateResult = new GateResult(false, ["aws_dynamodb_table.orders: delete in prod"]) };

        var error = Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.CheckFailed), "a refused plan must exit 1");
        Assert.That(error.Message, Does.Contain("aws_dynamodb_table.orders: delete in prod"), "the gate's findings must be printed");
        Assert.That(harness.Steps, Does.Not.Contain("apply"), "the plan was applied although the gate refused it");
    }

    [Test]
    public void ARefusedPlanIsToldTheFixOfTheRulesThatRefusedIt()
    {
        var harness = new DeployHarness { GateResult = new GateResult(false, ["FAIL [gate-plan-errored] : the plan errored"]) { Fixes = ["read the error the engine printed and plan again"] } };

        var error = Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true));

        Assert.That(error!.Message, Does.Contain("read the error the engine printed and plan again"), "the refusal must give the refusing rule's own fix");
        Assert.That(error.Message, Does.Not.Contain("Change the program"), "one generic fix does not fit every refusal (an errored plan needs no code change)");
    }

    [Test]
    public void NoPlanAndNoApplyWhileFrozen()
    {
        var harness = new DeployHarness();
        harness.Freeze.Setup(f => f.GetReasonAsync(harness.Target, It.IsAny<CancellationToken>())).ReturnsAsync("incident 42: orders lost");

        var error = Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a freeze must exit 3");
        Assert.That(error.Message, Does.Contain("incident 42: orders lost").And.Contain("infra unfreeze --stack dev"), "the message must give the reason and the way out");
        Assert.That(harness.Steps, Has.None.AnyOf("plan", "apply"), "a frozen stack was planned or applied");
    }

    [Test]
    public void StaleGeneratedOutputStopsBeforeThePlan()
    {
        var harness = new DeployHarness();
        harness.Synth.Setup(s => s.StaleFiles()).Returns(["stacks/dev/terraform/main.tf.json"]);

        var error = Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.CheckFailed), "stale output must exit 1");
        Assert.That(error.Message, Does.Contain("stacks/dev/terraform/main.tf.json").And.Contain("infra synth"), "the message must name the file and the fix");
        Assert.That(harness.Steps, Does.Not.Contain("plan"), "a stale root was planned");
    }

    [Test]
    public async Task WithoutYesThePlanIsGatedButNotApplied()
    {
        var harness = new DeployHarness();

        var outcome = await harness.RunAsync(apply: false);

        Assert.That(outcome.Applied, Is.False, "a run without --yes reported an apply");
        Assert.That(harness.Steps, Is.EqualTo(new[] { "verify", "freeze-check", "synth-check", "init", "plan", "show", "gate" }), "a run without --yes went past the gate");
    }

    [TestCase("sit")]
    [TestCase("prod")]
    public void YesOutsideDevIsRefusedBeforeAnythingRuns(string stack)
    {
        var harness = new DeployHarness(stack);

        var error = Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), "deploy --yes outside dev must be a usage error");
        Assert.That(error.Message, Does.Contain($"infra promote --to {stack}"), "the message must point at promote");
        Assert.That(harness.Steps, Is.Empty, "something ran although the request was refused");
    }

    [Test]
    public async Task ProdBacksUpEveryTableNamedAfterTheCommitBeforeApplying()
    {
        var harness = new DeployHarness("prod", "093646564004");

        var outcome = await harness.RunAsync(apply: true, viaPromotion: true);

        var apply = harness.Steps.IndexOf("apply");
        var backups = harness.Steps.Select((s, i) => (s, i)).Where(x => x.s.StartsWith("backup ", StringComparison.Ordinal)).ToList();
        Assert.That(backups.Select(b => b.s), Is.EqualTo(new[]
        {
            "backup 2-1-bbws-orders-prod 2-1-bbws-orders-prod-0123456789ab",
            "backup 2-1-bbws-products-prod 2-1-bbws-products-prod-0123456789ab",
        }), "every table must be backed up under a name that carries the commit");
        Assert.That(backups.All(b => b.i < apply), Is.True, "a backup was taken after the prod apply");
        Assert.That(outcome.Backups, Has.Count.EqualTo(2), "the backups must be in the outcome for the record");
    }

    [Test]
    public async Task DevTakesNoBackup()
    {
        var harness = new DeployHarness();

        await harness.RunAsync(apply: true);

        Assert.That(harness.Steps, Has.None.StartsWith("backup"), "a non-prod deploy took a backup");
    }

    [Test]
    public async Task TheAppSpecShiftsLiveFromTheCurrentToThePublishedVersion()
    {
        var harness = new DeployHarness();

        await harness.RunAsync(apply: true);

        Assert.That(harness.AppSpecs.Single(), Is.EqualTo(
            """{"version":"0.0","Resources":[{"21bbwsorderprocessor":{"Type":"AWS::Lambda::Function","Properties":{"Name":"2-1-bbws-order-processor","Alias":"live","CurrentVersion":"6","TargetVersion":"7"}}}]}"""),
            "the AppSpec must name alias live with the alias's current version and the published one");
    }

    [Test]
    public async Task AnUnchangedVersionStartsNoCodeDeployDeployment()
    {
        var harness = new DeployHarness();
        harness.Lambda.Setup(l => l.GetAliasVersionAsync("2-1-bbws-order-processor", "live", It.IsAny<CancellationToken>())).ReturnsAsync("7");

        await harness.RunAsync(apply: true);

        Assert.That(harness.Steps, Does.Not.Contain("codedeploy"), "CodeDeploy ran for a Lambda whose version did not change");
    }

    [Test]
    public void FailedSmokeTestsMoveTheAliasBackFailTheRecordAndNotify()
    {
        var harness = new DeployHarness { SmokeFailures = ["GET https://api.example/dev/products answered 502"] };

        var error = Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a failed smoke test must exit 4");
        Assert.That(harness.Steps.SkipWhile(s => s != "smoke"), Is.EqualTo(new[] { "smoke", "alias-back 2-1-bbws-order-processor 6", "record-failure", "notify" }), "the rollback path did not run in order");
        Assert.That(harness.Messages.Single(), Does.Contain("\"result\":\"failed\""), "the notification must say the deploy failed");
    }

    [Test]
    public void AFailedProdDeployFreezesProd()
    {
        var harness = new DeployHarness("prod", "093646564004") { ShiftStatus = "Failed" };

        var error = Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true, viaPromotion: true));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a failed traffic shift must exit 4");
        Assert.That(harness.Steps, Does.Contain("freeze-set"), "a failed prod deploy did not freeze prod");
    }

    [Test]
    public void AFailedFreezeAfterAFailedProdDeployIsReportedAfterTheOriginalErrorWhichKeepsItsExitCode()
    {
        var harness = new DeployHarness("prod", "093646564004") { ShiftStatus = "Failed" };
        harness.Freeze.Setup(f => f.SetAsync(It.IsAny<StackTarget>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback(() => harness.Steps.Add("freeze-set"))
            .ThrowsAsync(new InfraException("SSM PutParameter on '/bbws/prod/deploy-freeze' failed: HTTP 503: unavailable.", ExitCodes.EnvironmentRefused));

        var error = Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true, viaPromotion: true));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "the failed freeze replaced the deploy's own exit code (4 for the failed shift)");
        Assert.That(error.Message, Does.StartWith("Lambda '2-1-bbws-order-processor': CodeDeploy deployment d-ABC123 ended Failed"), "the deploy's own failure must come first");
        Assert.That(error.Message, Does.Contain("SSM PutParameter on '/bbws/prod/deploy-freeze' failed"), "the freeze failure must be reported too");
        Assert.That(error.Message, Does.Contain("infra freeze --stack prod --reason"), "the message must say how to freeze prod by hand");
        Assert.That(harness.Steps.SkipWhile(s => s != "record-failure"), Is.EqualTo(new[] { "record-failure", "freeze-set", "notify" }), "the notification must still be sent after the freeze failed");
        Assert.That(harness.Messages.Single(), Does.Contain("\"result\":\"failed\"").And.Contain("deploy-freeze"), "the notification must say the deploy failed and that prod is not frozen");
    }

    [Test]
    public void AFailedRecordUpdateAfterAFailedProdDeployStillFreezesNotifiesAndKeepsTheOriginalError()
    {
        var harness = new DeployHarness("prod", "093646564004") { ShiftStatus = "Failed" };
        harness.Records.Setup(r => r.FinishAsync(42L, false, It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .Callback(() => harness.Steps.Add("record-failure"))
            .ThrowsAsync(new InfraException("GitHub: could not set a deployment status (HTTP 502).", ExitCodes.ExternalFailure));

        var error = Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true, viaPromotion: true));

        Assert.That(error!.Message, Does.StartWith("Lambda '2-1-bbws-order-processor': CodeDeploy deployment d-ABC123 ended Failed"), "the deploy's own failure must come first");
        Assert.That(error.Message, Does.Contain("could not set a deployment status"), "the lost record update must be reported too");
        Assert.That(harness.Steps.SkipWhile(s => s != "record-failure"), Is.EqualTo(new[] { "record-failure", "freeze-set", "notify" }), "a failed record update stopped the freeze or the notification");
    }

    [Test]
    public void AFailedDevDeployDoesNotFreeze()
    {
        var harness = new DeployHarness { ShiftStatus = "Failed" };

        Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true));

        Assert.That(harness.Steps, Does.Not.Contain("freeze-set"), "a failed dev deploy froze dev");
    }
}
