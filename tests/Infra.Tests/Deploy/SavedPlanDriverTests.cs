using Infra.Deploy;
using Moq;

namespace Infra.Tests.Deploy;

/// <summary>The deploy sequence split across a plan job and an apply job: plan once, apply exactly that plan.</summary>
public class SavedPlanDriverTests
{
    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), $"infra-saved-plan-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task ThePlanJobPlansWithoutTheLockGatesAndReportsTheDigestOfTheSavedPlan()
    {
        var harness = new DeployHarness("sit", "815856636111");
        var request = PlanRequest(harness);
        harness.Engine.Setup(e => e.Plan(request.PlanFile, true, It.IsAny<CancellationToken>())).Callback(() => { harness.Steps.Add("plan-readonly"); File.WriteAllText(request.PlanFile, "saved plan bytes"); });

        var outcome = await new DeployDriver(harness.Services).RunAsync(request, CancellationToken.None);

        Assert.That(harness.Steps, Is.EqualTo(new[] { "verify", "freeze-check", "init", "plan-readonly", "show", "gate" }), "the plan job must plan read-only, gate, and change nothing");
        var expected = SavedPlan.Digest([request.PlanFile]);
        Assert.That(outcome.SavedPlan?.Sha256, Is.EqualTo(expected), "the outcome must carry the saved plan's digest");
        Assert.That(File.ReadAllText(request.PlanDigestFile).Trim(), Is.EqualTo(expected), "the digest must be written beside the plan for the workflow to pass on");
        Assert.That(outcome.Applied, Is.False, "the plan job applied");
    }

    [Test]
    public void ThePlanJobWritesNoDigestForAPlanTheGateRefuses()
    {
        var harness = new DeployHarness("sit", "815856636111") { GateResult = new GateResult(false, ["FAIL [gate-protected-delete] aws_dynamodb_table.orders: delete"]) };
        var request = PlanRequest(harness);

        var error = Assert.ThrowsAsync<InfraException>(() => new DeployDriver(harness.Services).RunAsync(request, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.CheckFailed), "a refused plan must exit 1");
        Assert.That(File.Exists(request.PlanDigestFile), Is.False, "a refused plan must not get a digest an apply job could use");
    }

    [Test]
    public async Task TheApplyJobChecksTheDigestGatesTheSavedPlanAgainAndAppliesItWithoutPlanning()
    {
        var harness = new DeployHarness("sit", "815856636111");
        var request = ApplyRequest(harness, "saved plan bytes", correctDigest: true);

        var outcome = await new DeployDriver(harness.Services).RunAsync(request, CancellationToken.None);

        Assert.That(outcome.Applied, Is.True, "the saved plan was not applied");
        Assert.That(harness.Steps, Does.Not.Contain("plan"), "the apply job planned again instead of applying the saved plan");
        Assert.That(harness.Steps.Take(5), Is.EqualTo(new[] { "verify", "freeze-check", "init", "show", "gate" }), "the saved plan must be gated again before anything is applied");
        harness.Engine.Verify(e => e.ShowJson(request.SavedPlan!.File, request.PlanJsonFile, It.IsAny<CancellationToken>()), Times.Once(), "the gate must read the JSON of the saved plan itself");
        harness.Engine.Verify(e => e.Apply(request.SavedPlan!.File, It.IsAny<CancellationToken>()), Times.Once(), "the apply must be of the saved plan file");
    }

    [Test]
    public void ASavedPlanWhoseDigestDiffersIsRefusedBeforeInitAndNothingIsApplied()
    {
        var harness = new DeployHarness("prod", "093646564004");
        var request = ApplyRequest(harness, "a plan changed after approval", correctDigest: false);

        var error = Assert.ThrowsAsync<InfraException>(() => new DeployDriver(harness.Services).RunAsync(request, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a plan that is not the approved one must exit 3");
        Assert.That(error.Message, Does.Contain("not the plan the approvers saw").And.Contain(request.SavedPlan!.File), "the message must say which plan failed and why it matters");
        Assert.That(harness.Steps, Has.None.AnyOf("init", "show", "gate", "apply", "record-start"), "something ran after the digest check failed");
    }

    [Test]
    public void ASavedPlanTheGateNowRefusesIsNotApplied()
    {
        var harness = new DeployHarness("sit", "815856636111") { GateResult = new GateResult(false, ["FAIL [gate-protected-delete] aws_dynamodb_table.orders: delete"]) };
        var request = ApplyRequest(harness, "saved plan bytes", correctDigest: true);

        var error = Assert.ThrowsAsync<InfraException>(() => new DeployDriver(harness.Services).RunAsync(request, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.CheckFailed), "the workflow ref's gate must still refuse the saved plan");
        Assert.That(harness.Steps, Does.Not.Contain("apply"), "a saved plan the gate refuses was applied");
    }

    [Test]
    public void AStaleSavedPlanRefusedByTheEngineFailsTheRecordAndFreezesProd()
    {
        var harness = new DeployHarness("prod", "093646564004");
        var request = ApplyRequest(harness, "saved plan bytes", correctDigest: true);
        harness.Engine.Setup(e => e.Apply(request.SavedPlan!.File, It.IsAny<CancellationToken>()))
            .Callback(() => harness.Steps.Add("apply"))
            .Throws(new InfraException("'terraform apply' refused the saved plan: it is stale", ExitCodes.ExternalFailure));

        var error = Assert.ThrowsAsync<InfraException>(() => new DeployDriver(harness.Services).RunAsync(request, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("stale"), "the engine's refusal must reach the user");
        Assert.That(harness.Steps, Does.Contain("record-failure").And.Contain("freeze-set"), "a failed apply of a saved prod plan must fail its record and freeze prod");
        Assert.That(harness.Steps, Has.None.EqualTo("record-success"), "a refused saved plan was recorded as a success");
    }

    [TestCase(true, false, TestName = "A read-only plan with --yes is a usage error")]
    [TestCase(false, true, TestName = "A saved plan without --yes is a usage error")]
    public void ImpossibleMixesOfTheSplitAreRefusedBeforeAnythingRuns(bool planOut, bool savedWithoutYes)
    {
        var harness = new DeployHarness("sit", "815856636111");
        var request = planOut
            ? PlanRequest(harness) with { Apply = true }
            : ApplyRequest(harness, "saved plan bytes", correctDigest: true) with { Apply = false };

        var error = Assert.ThrowsAsync<InfraException>(() => new DeployDriver(harness.Services).RunAsync(request, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), "an impossible mix must exit 2");
        Assert.That(harness.Steps, Is.Empty, "something ran for an impossible request");
    }

    [Test]
    public async Task APromotionLeavesTheGeneratedOutputCheckToTheLowerStacksDeploymentOfTheSameCommit()
    {
        // The promoted commit's files are read by this checkout's program: regenerating them here would refuse every
        // commit made before a change to the program, although the commit's own program checked them when it deployed below.
        var harness = new DeployHarness("sit", "815856636111");
        harness.Synth.Setup(s => s.StaleFiles()).Returns(["stacks/sit/terraform/main.tf.json"]);
        var promotion = PlanRequest(harness);
        harness.Engine.Setup(e => e.Plan(promotion.PlanFile, true, It.IsAny<CancellationToken>())).Callback(() => File.WriteAllText(promotion.PlanFile, "saved plan bytes"));
        var direct = harness.Request(apply: false) with { WorkDirectory = folder };

        await new DeployDriver(harness.Services).RunAsync(promotion, CancellationToken.None);
        var error = Assert.ThrowsAsync<InfraException>(() => new DeployDriver(harness.Services).RunAsync(direct, CancellationToken.None));

        harness.Synth.Verify(s => s.StaleFiles(), Times.Once(), "only the run that is not a promotion may check the generated output");
        Assert.That(error!.Message, Does.Contain("stacks/sit/terraform/main.tf.json"), "a direct run must still refuse stale generated output");
        Assert.That(harness.LogText, Does.Contain("checked by its deployment to the stack below"), "the promotion must say where the generated output was checked");
    }

    private DeployRequest PlanRequest(DeployHarness harness) =>
        harness.Request(apply: false, viaPromotion: true) with { WorkDirectory = folder, PlanOnlyReadOnly = true };

    private DeployRequest ApplyRequest(DeployHarness harness, string content, bool correctDigest)
    {
        var planFile = Path.Combine(folder, "fetched.tfplan");
        File.WriteAllText(planFile, content);
        var digest = correctDigest ? SavedPlan.Digest([planFile]) : new string('0', 64);
        return harness.Request(apply: true, viaPromotion: true) with { WorkDirectory = Path.Combine(folder, "work"), SavedPlan = new SavedPlan(planFile, digest) };
    }
}
