using System.Globalization;
using System.Text.Json.Nodes;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// Runs a generated workflow as GitHub's runner would, offline: jobs in <c>needs</c> order (a called workflow
/// expanded in place), <c>if:</c> on jobs and steps, <c>${{ }}</c> by GitHub's evaluator, every <c>run:</c> step through
/// the shell the runner uses with its env, working directory and GITHUB_* files, <c>uses:</c> steps through
/// <see cref="ActionStandIns"/>, container and cloud commands through <see cref="StandInTools"/>, and infra's own AWS
/// and GitHub calls to <see cref="RehearsalCloud"/>.
/// </summary>
public sealed partial class WorkflowRehearsal : IDisposable
{
    /// <summary>The repository the rehearsed runs belong to (GITHUB_REPOSITORY).</summary>
    public const string Repository = "bbws/platform";

    private static readonly string[] Private = ["GITHUB_", "RUNNER_", "ACTIONS_", "AWS_", "INFRA_", "REHEARSAL_"];
    private readonly RehearsalCheckout checkout;
    private readonly string folder;
    private readonly string bin;
    private readonly string log;
    private readonly RehearsalCloud cloud;
    private readonly ActionStandIns actions;
    private int runs;

    /// <summary>Prepares stand-ins and a cloud for runs of <paramref name="checkout"/>'s workflows.</summary>
    public WorkflowRehearsal(RehearsalCheckout checkout)
    {
        this.checkout = checkout;
        cloud = new RehearsalCloud(checkout.Root);
        folder = Path.Combine(Path.GetTempPath(), "infra-rehearsal", Guid.NewGuid().ToString("N"));
        bin = Path.Combine(folder, "bin");
        log = Path.Combine(folder, "commands.log");
        Directory.CreateDirectory(folder);
        File.WriteAllText(log, string.Empty);
        File.WriteAllText(Path.Combine(folder, "aws-config"), string.Empty);
        StandInTools.Install(bin);
        actions = new ActionStandIns(checkout.Root, Path.Combine(folder, "artifacts"), cloud);
        foreach (var (stack, account, region) in Stacks)
        {
            Variables[stack] = new Dictionary<string, string> { ["AWS_DEPLOY_ROLE_ARN"] = $"arn:aws:iam::{account}:role/2-1-bbws-github-deploy-{stack}" };
            Plans[stack] = PlanOf(account, region, changes: false);
            Outputs[stack] = OutputsOf(stack, account, region, cloud.Url);
        }
    }

    /// <summary>Each deployment environment's variables (the <c>vars</c> context of a job in that environment).</summary>
    public Dictionary<string, Dictionary<string, string>> Variables { get; } = [];

    /// <summary>The repository's variables (the <c>vars</c> context of every job; an environment's own win).</summary>
    public Dictionary<string, string> RepositoryVariables { get; } = new(StringComparer.Ordinal);

    /// <summary>The repository's secrets besides <c>GITHUB_TOKEN</c> (the <c>secrets</c> context).</summary>
    public Dictionary<string, string> Secrets { get; } = new(StringComparer.Ordinal);

    /// <summary>The stacks: name, account, region.</summary>
    public static IReadOnlyList<(string Stack, string Account, string Region)> Stacks { get; } =
        [("dev", "536580886816", "eu-west-1"), ("sit", "815856636111", "eu-west-1"), ("prod", "093646564004", "af-south-1")];

    /// <summary>What <c>terraform show -json</c> prints for a plan file of each stack (default: nothing changes).</summary>
    public Dictionary<string, string> Plans { get; } = new(StringComparer.Ordinal);

    /// <summary>What <c>terraform output -json</c> prints in each stack.</summary>
    public Dictionary<string, string> Outputs { get; } = new(StringComparer.Ordinal);

    /// <summary>The line rate the <c>dotnet test</c> stand-in reports, or "none" for a run that writes no report.</summary>
    public string Coverage { get; set; } = "0.85";

    /// <summary>The exit code of the handler tests' <c>pytest-3</c> stand-in (0: they pass).</summary>
    public int HandlerTestsExit { get; set; }

    /// <summary>The runs <c>gh run list --commit</c> finds: commit SHA to run id.</summary>
    public Dictionary<string, string> PackagingRuns { get; } = new(StringComparer.Ordinal);

    /// <summary>Variables added to every step (a test's way to break or fix one thing).</summary>
    public Dictionary<string, string> ExtraEnvironment { get; } = new(StringComparer.Ordinal);

    /// <summary>The AWS operations infra called, in order.</summary>
    public IReadOnlyList<string> AwsOperations => cloud.AwsOperations;

    /// <summary>The id the next run will get (to seed its artifacts).</summary>
    public string NextRunId => (1001 + runs).ToString(CultureInfo.InvariantCulture);

    /// <summary>The folder holding run <paramref name="runId"/>'s artifacts.</summary>
    public string ArtifactsOf(string runId) => Path.Combine(folder, "artifacts", runId);

    /// <summary>Stores <paramref name="source"/>'s files as artifact <paramref name="name"/> of run <paramref name="runId"/>, as an earlier run would have.</summary>
    public void SeedArtifact(string runId, string name, string source)
    {
        var target = Path.Combine(folder, "artifacts", runId, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }
    }

    /// <summary>
    /// Runs <paramref name="workflow"/> (a file name under .github/workflows) for <paramref name="trigger"/> at the
    /// checkout's newest commit. Jobs in <paramref name="assumed"/> are not run but count as succeeded with the given
    /// outputs, as when GitHub re-runs only some jobs of a run. A dispatch GitHub would refuse (a required input
    /// missing, an unknown input, a choice not offered) throws with GitHub's reason.
    /// </summary>
    public RehearsalRun Run(string workflow, RehearsalEvent trigger, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? assumed = null)
    {
        var inputs = DispatchInputs(workflow, trigger);
        var runId = (1000 + Interlocked.Increment(ref runs)).ToString(CultureInfo.InvariantCulture);
        var runFolder = Path.Combine(folder, "runs", runId);
        Directory.CreateDirectory(runFolder);
        var start = File.ReadAllLines(log).Length;
        var roles = actions.Roles.Count;
        var eventPath = Path.Combine(runFolder, "event.json");
        File.WriteAllText(eventPath, trigger.Payload.ToJsonString());
        var run = new RunState(runId, runFolder, trigger, checkout.Head, workflow, eventPath, assumed ?? new Dictionary<string, IReadOnlyDictionary<string, string>>());
        var jobs = new List<JobResult>();
        RunWorkflow(run, workflow, prefix: string.Empty, inputs: inputs, jobs);
        return new RehearsalRun(runId, jobs, [.. File.ReadAllLines(log).Skip(start)], [.. actions.Roles.Skip(roles)], Path.Combine(folder, "artifacts", runId));
    }

    private JsonObject DispatchInputs(string workflow, RehearsalEvent trigger)
    {
        var given = new JsonObject([.. trigger.Inputs.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]);
        if (trigger.Name != "workflow_dispatch")
        {
            return given;
        }

        var declared = YamlTree.Map(YamlTree.Map(YamlTree.Map(Load(workflow), "on"), "workflow_dispatch"), "inputs");
        if (trigger.Inputs.Keys.FirstOrDefault(k => !declared.ContainsKey(k)) is { } unknown)
        {
            throw new InvalidOperationException($"GitHub refuses the dispatch of {workflow}: Unexpected inputs provided: [\"{unknown}\"]");
        }

        foreach (var (name, value) in declared)
        {
            var input = value as Dictionary<string, object?>;
            if (!trigger.Inputs.TryGetValue(name, out var text))
            {
                if (YamlTree.Text(input, "required") == "true" && YamlTree.Text(input, "default") is null)
                {
                    throw new InvalidOperationException($"GitHub refuses the dispatch of {workflow}: Required input '{name}' not provided");
                }

                given[name] = YamlTree.Text(input, "default") ?? string.Empty;
                continue;
            }

            var options = YamlTree.List(input, "options").OfType<string>().ToList();
            if (YamlTree.Text(input, "type") == "choice" && !options.Contains(text))
            {
                throw new InvalidOperationException($"GitHub refuses the dispatch of {workflow}: Provided value '{text}' for input '{name}' not in the list of allowed values");
            }
        }

        return given;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        cloud.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal RehearsalCloud Cloud => cloud;

    private static JsonObject Json(IEnumerable<KeyValuePair<string, string>> pairs) => new([.. pairs.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]);

    private Dictionary<string, object?> Load(string workflow) =>
        YamlTree.Load(Path.Combine(checkout.Root, ".github", "workflows", workflow));

    private sealed record RunState(string Id, string Folder, RehearsalEvent Trigger, string Sha, string Workflow, string EventPath, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Assumed);
}
