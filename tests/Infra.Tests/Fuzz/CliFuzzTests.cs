namespace Infra.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of the offline verbs through the real entry point: whatever is done to the files a verb
/// reads, it exits with a documented code, prints a message and no exception, and leaves the generated trees and the
/// ledgers alone when it fails. The default seeds and counts keep the normal test run deterministic and within its
/// time budget; see <see cref="FuzzSettings"/> for longer runs.
/// </summary>
[NonParallelizable]
public class CliFuzzTests
{
    private static readonly string[] Config = ["Pulumi.yaml", "Pulumi.dev.yaml", "Pulumi.sit.yaml", "Pulumi.prod.yaml"];
    private static readonly string[] Ledgers = ["infra/Ledgers/github-deploy.yaml", "infra/Ledgers/github-plan.yaml", "infra/Ledgers/github-drift.yaml"];
    private static readonly string[] SynthInputs = [.. Config, .. Ledgers, "infra/IamCatalog/actions.tsv", "infra/Handlers/order_processor/handler.py", "infra/email-templates/order_receipt.html"];
    private static readonly string[] CommittedOutput = ["stacks/dev/terraform/main.tf.json", "stacks/prod/terraform/main.tf.json", "stacks/prod/pulumi/Main.yaml", ".github/workflows/deploy-dev.yml"];

    private FuzzWorkspace workspace = null!;

    [OneTimeSetUp]
    public void CreateWorkspace()
    {
        workspace = FuzzWorkspace.Create();
        var baseline = CliRun.Of(["synth", "--check", "--root", workspace.Root]);
        Assert.That(baseline.Exit, Is.Zero, $"fuzz setup: the unmutated copy must pass synth --check, else every case would fail for the same reason: {baseline.Error}{baseline.Escaped}");
    }

    [OneTimeTearDown]
    public void DeleteWorkspace() => workspace.Dispose();

    [Test]
    public void SynthAndCheckSurviveDamagedConfigLedgersAndCommittedOutput() => Fuzz(
        nameof(SynthAndCheckSurviveDamagedConfigLedgersAndCommittedOutput),
        seed: 1,
        iterations: 40,
        [
            new("synth", ["synth", "--root", "{root}"], SynthInputs),
            new("synth --stack prod", ["synth", "--stack", "prod", "--root", "{root}"], Config),
            new("synth --check", ["synth", "--check", "--root", "{root}"], [.. SynthInputs, .. CommittedOutput]),
            new("check", ["check", "--root", "{root}"], [.. SynthInputs, .. CommittedOutput]),
            new("check --format json", ["check", "--format", "json", "--root", "{root}"], SynthInputs),
            new("check --format sarif", ["check", "--format", "sarif", "--root", "{root}"], SynthInputs),
        ]);

    [Test]
    public void OfflinePreviewSurvivesDamagedConfigLedgersAndSynthInputs() => Fuzz(
        nameof(OfflinePreviewSurvivesDamagedConfigLedgersAndSynthInputs),
        seed: 2,
        iterations: 25,
        [
            // The offline preview reads the output committed at HEAD, not the files on disk: damaging those would test nothing.
            new("preview", ["preview", "--root", "{root}"], [.. Config, .. Ledgers]),
            new("preview --stack dev --format markdown", ["preview", "--stack", "dev", "--format", "markdown", "--root", "{root}"], SynthInputs),
            new("preview --format json", ["preview", "--format", "json", "--root", "{root}"], Config),
        ]);

    [Test]
    public void GateAndPlanPreviewSurviveDamagedPlansAndConfig() => Fuzz(
        nameof(GateAndPlanPreviewSurviveDamagedPlansAndConfig),
        seed: 3,
        iterations: 300,
        [
            .. Plans("dev").Select(plan => new FuzzScenario($"gate --stack dev --plan {Path.GetFileName(plan)}", ["gate", "--stack", "dev", "--plan", "{inputs}/" + plan[FuzzWorkspace.InputsPrefix.Length..], "--root", "{root}"], [plan, plan, plan, "Pulumi.yaml", "Pulumi.dev.yaml", "stacks/dev/terraform/main.tf.json"])),
            .. Plans("prod").Select(plan => new FuzzScenario($"gate --stack prod --plan {Path.GetFileName(plan)}", ["gate", "--stack", "prod", "--plan", "{inputs}/" + plan[FuzzWorkspace.InputsPrefix.Length..], "--root", "{root}"], [plan, plan, plan, "Pulumi.yaml", "Pulumi.prod.yaml", "stacks/prod/terraform/main.tf.json"])),
            .. new[] { "text", "markdown", "json" }.Select(format => new FuzzScenario($"preview --plan --stack dev --format {format}", ["preview", "--plan", "{inputs}/plans/dev-tfcompliance_aws_lambda_deletes_drift_tf1.0.json", "--stack", "dev", "--format", format, "--root", "{root}"], ["inputs/plans/dev-tfcompliance_aws_lambda_deletes_drift_tf1.0.json", "inputs/plans/dev-tfcompliance_aws_lambda_deletes_drift_tf1.0.json", "Pulumi.dev.yaml"])),
            .. new[] { "text", "markdown", "json" }.Select(format => new FuzzScenario($"preview --plan (pulumi) --stack prod --format {format}", ["preview", "--plan", "{inputs}/plans/prod-pulumi-preview.json", "--stack", "prod", "--format", format, "--root", "{root}"], ["inputs/plans/prod-pulumi-preview.json"])),
        ]);

    [Test]
    public void PermissionsSurviveDamagedLogsLedgersAndCatalog() => Fuzz(
        nameof(PermissionsSurviveDamagedLogsLedgersAndCatalog),
        seed: 4,
        iterations: 200,
        [
            new("permissions parse", ["permissions", "parse", "--file", "{inputs}/logs/ci.log"], ["inputs/logs/ci.log"]),
            new("permissions parse --format json", ["permissions", "parse", "--file", "{inputs}/logs/ci.log", "--format", "json"], ["inputs/logs/ci.log"]),
            new("permissions add", ["permissions", "add", "--role", "github-deploy", "--from-error-file", "{inputs}/logs/ci.log", "--source", "https://example.com/run/1", "--root", "{root}"], ["inputs/logs/ci.log", "infra/Ledgers/github-deploy.yaml", "infra/Ledgers/github-deploy.yaml", "infra/IamCatalog/actions.tsv", "Pulumi.yaml", "Pulumi.dev.yaml"]),
            new("permissions explain", ["permissions", "explain", "--role", "github-deploy", "--root", "{root}"], ["infra/Ledgers/github-deploy.yaml"]),
            new("permissions explain --format markdown", ["permissions", "explain", "--role", "github-plan", "--format", "markdown", "--root", "{root}"], ["infra/Ledgers/github-plan.yaml"]),
        ]);

    private static string[] Plans(string stack) =>
    [
        $"inputs/plans/{stack}-tfcompliance_aws_lambda_deletes_drift_tf1.0.json",
        $"inputs/plans/{stack}-tfjson_replace_tainted_tf1.15.json",
        $"inputs/plans/{stack}-checkov_aws_forget_tf1.9.json",
        $"inputs/plans/{stack}-tofu_plan_error_errored.json",
        $"inputs/plans/{stack}-pulumi-preview.json",
        .. stack == "dev" ? new[] { "inputs/plans/dev-checkov_aws_utf16le_bom_tf1.0.json", "inputs/plans/checkov_aws_pure_delete_tf1.2.json" } : [],
    ];

    private void Fuzz(string name, ulong seed, int iterations, FuzzScenario[] scenarios)
    {
        var settings = FuzzSettings.For(20261204 + seed, iterations);
        var failures = new FuzzRunner(workspace, settings, name).Run(scenarios);
        Assert.That(failures, Is.Null, failures);
    }
}
