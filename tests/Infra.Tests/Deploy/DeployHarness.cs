using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Deploy.Engines;
using Infra.Deploy.GitHub;
using Moq;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Deploy;

/// <summary>Every service of the deploy sequence as a Moq mock that records the step it stands for, in order.</summary>
internal sealed class DeployHarness
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";

    public DeployHarness(string stack = "dev", string account = "536580886816")
    {
        Target = new StackTarget("bbws", stack, account, stack == "prod" ? "af-south-1" : "eu-west-1");
        Identity.Setup(i => i.GetCallerIdentityAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback(() => Steps.Add("verify"))
            .ReturnsAsync(new CallerIdentity(account, $"arn:aws:sts::{account}:assumed-role/deploy/ci", "AROA:ci"));
        Freeze.Setup(f => f.GetReasonAsync(It.IsAny<StackTarget>(), It.IsAny<CancellationToken>())).Callback(() => Steps.Add("freeze-check")).ReturnsAsync((string?)null);
        Freeze.Setup(f => f.SetAsync(It.IsAny<StackTarget>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Callback(() => Steps.Add("freeze-set")).Returns(Task.CompletedTask);
        Synth.Setup(s => s.StaleFiles()).Callback(() => Steps.Add("synth-check")).Returns([]);
        Engine.Setup(e => e.Init(It.IsAny<CancellationToken>())).Callback(() => Steps.Add("init"));
        Engine.Setup(e => e.Plan(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>())).Callback(() => Steps.Add("plan"));
        Engine.Setup(e => e.ShowJson(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Callback(() => Steps.Add("show"));
        Engine.Setup(e => e.Apply(It.IsAny<string>(), It.IsAny<CancellationToken>())).Callback(() => Steps.Add("apply"));
        Engine.Setup(e => e.SavedPlanFiles(It.IsAny<string>())).Returns((string planFile) => [planFile]);
        Engine.Setup(e => e.Outputs(It.IsAny<CancellationToken>())).Callback(() => Steps.Add("outputs")).Returns(() => Outputs);
        Gate.Setup(g => g.Evaluate(It.IsAny<string>(), It.IsAny<string>())).Callback(() => Steps.Add("gate")).Returns(() => GateResult);
        Backups.Setup(b => b.CreateBackupAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string table, string name, CancellationToken _) => Steps.Add($"backup {table} {name}"))
            .ReturnsAsync((string table, string _, CancellationToken _) => $"arn:aws:dynamodb:af-south-1:{account}:table/{table}/backup/01");
        Lambda.Setup(l => l.GetAliasVersionAsync(It.IsAny<string>(), "live", It.IsAny<CancellationToken>())).Callback(() => Steps.Add("alias")).ReturnsAsync("6");
        Lambda.Setup(l => l.UpdateAliasAsync(It.IsAny<string>(), "live", It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string f, string _, string v, CancellationToken _) => Steps.Add($"alias-back {f} {v}")).Returns(Task.CompletedTask);
        CodeDeploy.Setup(c => c.CreateDeploymentAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string _, string _, string spec, string _, CancellationToken _) => { Steps.Add("codedeploy"); AppSpecs.Add(spec); })
            .ReturnsAsync("d-ABC123");
        CodeDeploy.Setup(c => c.WaitAsync("d-ABC123", It.IsAny<CancellationToken>())).Callback(() => Steps.Add("codedeploy-wait")).ReturnsAsync(() => ShiftStatus);
        Smoke.Setup(s => s.RunAsync(It.IsAny<StackOutputs>(), It.IsAny<CancellationToken>())).Callback(() => Steps.Add("smoke")).ReturnsAsync(() => SmokeFailures);
        Records.Setup(r => r.StartAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Callback(() => Steps.Add("record-start")).ReturnsAsync(42L);
        Records.Setup(r => r.FinishAsync(42L, It.IsAny<bool>(), It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .Callback((long _, bool ok, string _, IReadOnlyDictionary<string, string> _, CancellationToken _) => Steps.Add(ok ? "record-success" : "record-failure"))
            .Returns(Task.CompletedTask);
        Notifier.Setup(n => n.PublishAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string _, string _, string message, CancellationToken _) => { Steps.Add("notify"); Messages.Add(message); })
            .Returns(Task.CompletedTask);
    }

    public StackTarget Target { get; }

    public List<string> Steps { get; } = [];

    public List<string> AppSpecs { get; } = [];

    public List<string> Messages { get; } = [];

    public GateResult GateResult { get; set; } = new(true, []);

    public string ShiftStatus { get; set; } = "Succeeded";

    public IReadOnlyList<string> SmokeFailures { get; set; } = [];

    public Dictionary<string, JToken?> Outputs { get; } = new()
    {
        ["deployment_notifications_topic_arn"] = new JValue("arn:aws:sns:eu-west-1:536580886816:bbws-deployments"),
        ["dynamodb_table_names"] = new JArray("2-1-bbws-orders-prod", "2-1-bbws-products-prod"),
        ["lambda_services"] = new JArray(new JObject
        {
            ["function_name"] = "2-1-bbws-order-processor",
            ["version"] = "7",
            ["codedeploy_app"] = "2-1-bbws-lambda",
            ["codedeploy_group"] = "2-1-bbws-order-processor-live",
        }),
    };

    public Mock<IAccountIdentity> Identity { get; } = new();

    public Mock<IDeployFreeze> Freeze { get; } = new();

    public Mock<IGeneratedOutputCheck> Synth { get; } = new();

    public Mock<IDeployEngine> Engine { get; } = new();

    public Mock<IPlanGate> Gate { get; } = new();

    public Mock<ITableBackups> Backups { get; } = new();

    public Mock<ILambdaAliases> Lambda { get; } = new();

    public Mock<ICodeDeploy> CodeDeploy { get; } = new();

    public Mock<ISmokeTests> Smoke { get; } = new();

    public Mock<IDeploymentRecords> Records { get; } = new();

    public Mock<INotifier> Notifier { get; } = new();

    /// <summary>What the driver logged.</summary>
    public StringWriter Log { get; } = new();

    public string LogText => Log.ToString();

    public DeployServices Services => new(
        new AccountVerifier(Identity.Object), Freeze.Object, Synth.Object, Engine.Object, Gate.Object, Backups.Object,
        Lambda.Object, CodeDeploy.Object, Smoke.Object, Records.Object, Notifier.Object, Log);

    public DeployRequest Request(bool apply, bool viaPromotion = false) =>
        new(Target, Commit, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", Path.Combine(Path.GetTempPath(), $"infra-deploy-{Guid.NewGuid():N}"), apply, viaPromotion);

    public Task<DeployOutcome> RunAsync(bool apply, bool viaPromotion = false) => new DeployDriver(Services).RunAsync(Request(apply, viaPromotion), CancellationToken.None);
}
