using Infra.Deploy.Engines;
using Infra.Processes;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Engines;

[NonParallelizable]
public class TerraformEngineTests
{
    private const string PlanJson = """{"format_version":"1.2","resource_changes":[{"address":"aws_s3_bucket.templates","change":{"actions":["create"]}}]}""";

    // Records its arguments, writes the replayed plan as the saved plan, and shows whichever saved plan it is given.
    private const string StandIn = """
        #!/bin/sh
        echo "$*" >> "$TF_STANDIN_LOG"
        case "$1" in
          plan) for a in "$@"; do case "$a" in -out=*) cp "$TF_STANDIN_REPLAY" "${a#-out=}";; esac; done ;;
          show) cat "$3" ;;
          output) printf '%s' '{"product_api_url":{"sensitive":false,"type":"string","value":"https://abc.execute-api.eu-west-1.amazonaws.com/v1"}}' ;;
          apply) [ -f "$3" ] || { echo "no saved plan $3" >&2; exit 1; }
                 grep -q stale "$3" && { printf '%s\n' "Error: Saved plan is stale" "" "The given plan file can no longer be applied because the state was changed by another operation after the plan was created." >&2; exit 1; } ;;
        esac
        exit 0
        """;

    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), $"infra-tf-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "bin"));
        Directory.CreateDirectory(Path.Combine(folder, "root"));
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void ACancelledApplyStopsTheEngineInsteadOfWaitingForIt()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the stand-in is a POSIX shell script");
        var started = Path.Combine(folder, "started");
        StandInExecutable.Install(Path.Combine(folder, "bin"), "terraform", $"#!/bin/sh\ntouch '{started}'\nexec sleep 300\n");
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["PATH"] = $"{Path.Combine(folder, "bin")}:/usr/bin:/bin" });
        using var cancellation = new CancellationTokenSource();
        var apply = Task.Run(() => new TerraformEngine(new ProcessRunner(), Path.Combine(folder, "root")).Apply(Path.Combine(folder, "p.tfplan"), cancellation.Token));
        Assert.That(SpinWait.SpinUntil(() => File.Exists(started), TimeSpan.FromSeconds(30)), Is.True, "test setup: the stand-in must start");

        cancellation.Cancel();

        Assert.That(() => apply.Wait(TimeSpan.FromSeconds(30)), Throws.InstanceOf<AggregateException>().With.InnerException.InstanceOf<OperationCanceledException>(), "a cancelled apply must stop terraform and end, not wait out its run");
    }

    [Test]
    public void InitKeepsACommittedLockFileReadOnly()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the stand-in is a POSIX shell script");
        var log = InstallStandIn();
        using var env = StandInEnvironment(log, Path.Combine(folder, "replay.json"));
        File.WriteAllText(Path.Combine(folder, "root", ".terraform.lock.hcl"), "provider \"registry.terraform.io/hashicorp/aws\" {\n}\n");

        new TerraformEngine(new ProcessRunner(), Path.Combine(folder, "root")).Init(CancellationToken.None);

        Assert.That(File.ReadAllLines(log), Is.EqualTo(new[] { "init -input=false -lockfile=readonly" }), "with a committed lock file, init must verify against it and never rewrite it");
    }

    [Test]
    public void RunsTheExactTerraformSequenceOverTheSavedPlan()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the stand-in is a POSIX shell script");
        var log = InstallStandIn();
        var replay = Path.Combine(folder, "replay.json");
        File.WriteAllText(replay, PlanJson);
        var planFile = Path.Combine(folder, "dev.tfplan");
        var planJsonFile = Path.Combine(folder, "dev.plan.json");
        using var env = StandInEnvironment(log, replay);
        var engine = new TerraformEngine(new ProcessRunner(), Path.Combine(folder, "root"));

        engine.Init(CancellationToken.None);
        engine.Plan(planFile, readOnly: false, CancellationToken.None);
        engine.ShowJson(planFile, planJsonFile, CancellationToken.None);
        engine.Apply(planFile, CancellationToken.None);
        var outputs = engine.Outputs(CancellationToken.None);

        Assert.That(File.ReadAllLines(log), Is.EqualTo(new[]
        {
            "init -input=false",
            $"plan -input=false -out={planFile}",
            $"show -json {planFile}",
            $"apply -input=false {planFile}",
            "output -json",
        }), "terraform was not called with the exact sequence over the saved plan");
        Assert.That(File.ReadAllText(planJsonFile), Is.EqualTo(PlanJson), "the plan JSON for the gate is not the saved plan's");
        Assert.That(outputs["product_api_url"]!.ToString(), Is.EqualTo("https://abc.execute-api.eu-west-1.amazonaws.com/v1"), "the output's value was not unwrapped");
    }

    [Test]
    public void AReadOnlyPlanTakesNoLock()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the stand-in is a POSIX shell script");
        var log = InstallStandIn();
        var replay = Path.Combine(folder, "replay.json");
        File.WriteAllText(replay, PlanJson);
        using var env = StandInEnvironment(log, replay);

        new TerraformEngine(new ProcessRunner(), Path.Combine(folder, "root")).Plan(Path.Combine(folder, "p"), readOnly: true, CancellationToken.None);

        Assert.That(File.ReadAllLines(log).Single(), Does.Contain("-lock=false"), "a read-only plan must not take the state lock");
    }

    [Test]
    public void AFailingStepExits4WithTerraformsMessage()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the stand-in is a POSIX shell script");
        var log = InstallStandIn();
        using var env = StandInEnvironment(log, Path.Combine(folder, "missing.json"));

        var error = Assert.Throws<InfraException>(() => new TerraformEngine(new ProcessRunner(), Path.Combine(folder, "root")).Apply(Path.Combine(folder, "none.tfplan"), CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a failed terraform step must exit 4");
        Assert.That(error.Message, Does.Contain("no saved plan"), "terraform's own error must be in the message");
    }

    [Test]
    public void AStaleSavedPlanIsNamedAsSuchWithTheFixToPlanAgain()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the stand-in is a POSIX shell script");
        var log = InstallStandIn();
        using var env = StandInEnvironment(log, Path.Combine(folder, "missing.json"));
        var planFile = Path.Combine(folder, "sit.tfplan");
        File.WriteAllText(planFile, "stale");

        var error = Assert.Throws<InfraException>(() => new TerraformEngine(new ProcessRunner(), Path.Combine(folder, "root")).Apply(planFile, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a refused stale plan is a failed external step (exit 4)");
        Assert.That(error.Message, Does.Contain("stale").And.Contain("nothing was applied").And.Contain("Plan again"), "the message must say the plan is stale, that nothing changed, and that a new plan is the fix");
    }

    [Test]
    public void MissingTerraformOnPathExits3()
    {
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["PATH"] = Path.Combine(folder, "bin") });

        var error = Assert.Throws<InfraException>(() => new TerraformEngine(new ProcessRunner(), folder).Init(CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a missing engine must exit 3");
        Assert.That(error.Message, Does.Contain("terraform: not found on PATH"), "the message must name the missing program");
    }

    private string InstallStandIn()
    {
        StandInExecutable.Install(Path.Combine(folder, "bin"), "terraform", StandIn);
        return Path.Combine(folder, "args.log");
    }

    private EnvironmentScope StandInEnvironment(string log, string replay) => new(new Dictionary<string, string?>
    {
        ["PATH"] = Path.Combine(folder, "bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
        ["TF_STANDIN_LOG"] = log,
        ["TF_STANDIN_REPLAY"] = replay,
    });
}
