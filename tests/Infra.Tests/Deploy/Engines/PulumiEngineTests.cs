using Infra.Deploy.Engines;
using Infra.Processes;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Engines;

[NonParallelizable]
public class PulumiEngineTests
{
    private const string PreviewJson = """{"config":{},"steps":[{"op":"create","urn":"urn:pulumi:dev::bbws::aws:s3/bucket:Bucket::templates"}],"changeSummary":{"create":1}}""";

    // Records its arguments and the update-check setting, saves a plan on preview, refuses 'up' without a saved plan,
    // and fails the verb named in PULUMI_STANDIN_FAIL.
    private const string StandIn = """
        #!/bin/sh
        echo "$* | skip-update-check=$PULUMI_SKIP_UPDATE_CHECK" >> "$PULUMI_STANDIN_LOG"
        if [ "$1" = "$PULUMI_STANDIN_FAIL" ]; then echo "error: the stack is locked by another update" >&2; exit 255; fi
        case "$1" in
          preview) for a in "$@"; do case "$a" in --save-plan=*) echo plan > "${a#--save-plan=}";; esac; done; printf '%s' "$PULUMI_STANDIN_PREVIEW" ;;
          up) for a in "$@"; do case "$a" in --plan=*) [ -f "${a#--plan=}" ] || { echo "no saved plan ${a#--plan=}" >&2; exit 1; };; esac; done ;;
          stack) [ "$2" = output ] && printf '%s' "$PULUMI_STANDIN_OUTPUT" ;;
        esac
        exit 0
        """;

    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), $"infra-pulumi-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "bin"));
        Directory.CreateDirectory(Path.Combine(folder, "root"));
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void RunsPreviewWithASavedPlanThenUpOfThatPlan()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the stand-in is a POSIX shell script");
        var log = InstallStandIn();
        var planFile = Path.Combine(folder, "dev.pulumiplan");
        var planJsonFile = Path.Combine(folder, "dev.plan.json");
        using var env = StandInEnvironment(log, output: """{"product_api_url":"https://abc.execute-api.eu-west-1.amazonaws.com/v1","lambda_services":[{"function_name":"f"}]}""");
        var engine = new PulumiEngine(new ProcessRunner(), Path.Combine(folder, "root"), "dev");

        engine.Init(CancellationToken.None);
        engine.Plan(planFile, readOnly: false, CancellationToken.None);
        engine.ShowJson(planFile, planJsonFile, CancellationToken.None);
        engine.Apply(planFile, CancellationToken.None);
        var outputs = engine.Outputs(CancellationToken.None);

        Assert.That(File.ReadAllLines(log), Is.EqualTo(new[]
        {
            "stack select dev --create --non-interactive | skip-update-check=true",
            $"preview --stack dev --non-interactive --json --save-plan={planFile} | skip-update-check=true",
            $"up --stack dev --non-interactive --yes --skip-preview --plan={planFile} | skip-update-check=true",
            "stack output --stack dev --json | skip-update-check=true",
        }), "pulumi was not called with the exact sequence over the saved plan");
        Assert.That(File.ReadAllText(planJsonFile), Is.EqualTo(PreviewJson), "the JSON for the gate must be the preview that saved the plan");
        Assert.That(outputs["product_api_url"]!.ToString(), Is.EqualTo("https://abc.execute-api.eu-west-1.amazonaws.com/v1"), "a string output was not read");
        Assert.That(outputs["lambda_services"]![0]!["function_name"]!.ToString(), Is.EqualTo("f"), "a structured output was not read");
    }

    [Test]
    public void ShowingAPlanWithoutItsPreviewJsonExits3()
    {
        var engine = new PulumiEngine(new ProcessRunner(), folder, "dev");

        var error = Assert.Throws<InfraException>(() => engine.ShowJson(Path.Combine(folder, "p"), Path.Combine(folder, "p.json"), CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "showing a plan with neither a preview in this run nor its preview file must exit 3");
        Assert.That(error.Message, Does.Contain(PulumiEngine.PreviewFileOf(Path.Combine(folder, "p"))), "the message must name the missing preview file");
        Assert.That(File.Exists(Path.Combine(folder, "p.json")), Is.False, "no plan JSON may be written for the gate without a preview");
    }

    [Test]
    public void APlanSavedByAnotherRunIsShownFromThePreviewKeptBesideItAndAppliedWithUpPlan()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the stand-in is a POSIX shell script");
        var log = InstallStandIn();
        var planFile = Path.Combine(folder, "sit.pulumiplan");
        using var env = StandInEnvironment(log);
        new PulumiEngine(new ProcessRunner(), Path.Combine(folder, "root"), "sit").Plan(planFile, readOnly: true, CancellationToken.None);
        File.WriteAllText(log, string.Empty);
        var applyJob = new PulumiEngine(new ProcessRunner(), Path.Combine(folder, "root"), "sit");
        var planJsonFile = Path.Combine(folder, "sit.plan.json");

        applyJob.ShowJson(planFile, planJsonFile, CancellationToken.None);
        applyJob.Apply(planFile, CancellationToken.None);

        Assert.That(applyJob.SavedPlanFiles(planFile), Is.EqualTo(new[] { planFile, PulumiEngine.PreviewFileOf(planFile) }), "the saved plan must travel with its preview JSON, so the digest covers what the gate reads");
        Assert.That(File.ReadAllText(planJsonFile), Is.EqualTo(PreviewJson), "the gate of the apply job must read the preview that saved the plan");
        Assert.That(File.ReadAllLines(log), Is.EqualTo(new[] { $"up --stack sit --non-interactive --yes --skip-preview --plan={planFile} | skip-update-check=true" }), "the apply job must run only 'up --plan' of the saved plan, no new preview");
    }

    [Test]
    public void AFailingStepExits4WithPulumisMessage()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the stand-in is a POSIX shell script");
        var log = InstallStandIn();
        using var env = StandInEnvironment(log, fail: "up");

        var error = Assert.Throws<InfraException>(() => new PulumiEngine(new ProcessRunner(), Path.Combine(folder, "root"), "prod").Apply(Path.Combine(folder, "p"), CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a failed pulumi step must exit 4");
        Assert.That(error.Message, Does.Contain("'pulumi up --stack prod").And.Contain("exited 255").And.Contain("the stack is locked"), "the message must name the command, its exit code and pulumi's error");
    }

    [Test]
    public void OutputsThatAreNotAJsonObjectExit4()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the stand-in is a POSIX shell script");
        var log = InstallStandIn();
        using var env = StandInEnvironment(log, output: """["not","an","object"]""");

        var error = Assert.Throws<InfraException>(() => new PulumiEngine(new ProcessRunner(), Path.Combine(folder, "root"), "dev").Outputs(CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "unreadable outputs must exit 4");
        Assert.That(error.Message, Does.Contain("pulumi stack output --json"), "the message must name the command whose output was wrong");
    }

    [Test]
    public void MissingPulumiOnPathExits3()
    {
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["PATH"] = Path.Combine(folder, "bin") });

        var error = Assert.Throws<InfraException>(() => new PulumiEngine(new ProcessRunner(), folder, "dev").Init(CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a missing engine must exit 3");
        Assert.That(error.Message, Does.Contain("pulumi: not found on PATH"), "the message must name the missing program");
    }

    private string InstallStandIn()
    {
        StandInExecutable.Install(Path.Combine(folder, "bin"), "pulumi", StandIn);
        return Path.Combine(folder, "args.log");
    }

    private EnvironmentScope StandInEnvironment(string log, string output = "{}", string fail = "") => new(new Dictionary<string, string?>
    {
        ["PATH"] = Path.Combine(folder, "bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
        ["PULUMI_STANDIN_LOG"] = log,
        ["PULUMI_STANDIN_PREVIEW"] = PreviewJson,
        ["PULUMI_STANDIN_OUTPUT"] = output,
        ["PULUMI_STANDIN_FAIL"] = fail,
        ["PULUMI_SKIP_UPDATE_CHECK"] = null,
    });
}
