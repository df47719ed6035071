using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Infra.Cli;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// Runs a generated workflow as GitHub's runner would, offline: jobs in <c>needs</c> order (a called workflow
/// expanded in place), <c>if:</c> on jobs and steps, <c>${{ }}</c> by GitHub's evaluator, every <c>run:</c> step through
/// the shell the runner uses with its env, working directory and GITHUB_* files, <c>uses:</c> steps through
/// <see cref="ActionStandIns"/>, container and cloud commands through <see cref="StandInTools"/>, and infra's own AWS
/// and GitHub calls to <see cref="RehearsalCloud"/>.
/// </summary>
public sealed class WorkflowRehearsal : IDisposable
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

    /// <summary>A plan JSON of a stack in <paramref name="account"/> and <paramref name="region"/>, with one changed Lambda function or none.</summary>
    public static string PlanOf(string account, string region, bool changes) =>
        new JsonObject
        {
            ["format_version"] = "1.2",
            ["terraform_version"] = "1.9.8",
            ["resource_changes"] = changes
                ? new JsonArray(new JsonObject
                {
                    ["address"] = "aws_lambda_function.order_processor",
                    ["mode"] = "managed",
                    ["type"] = "aws_lambda_function",
                    ["name"] = "order_processor",
                    ["provider_name"] = "registry.terraform.io/hashicorp/aws",
                    ["change"] = new JsonObject { ["actions"] = new JsonArray("update"), ["before"] = new JsonObject { ["memory_size"] = 256 }, ["after"] = new JsonObject { ["memory_size"] = 512 } },
                })
                : new JsonArray(),
            ["output_changes"] = new JsonObject(),
            ["configuration"] = new JsonObject
            {
                ["provider_config"] = new JsonObject
                {
                    ["aws"] = new JsonObject
                    {
                        ["name"] = "aws",
                        ["full_name"] = "registry.terraform.io/hashicorp/aws",
                        ["expressions"] = new JsonObject
                        {
                            ["region"] = new JsonObject { ["constant_value"] = region },
                            ["allowed_account_ids"] = new JsonObject { ["constant_value"] = new JsonArray(account) },
                        },
                    },
                },
            },
        }.ToJsonString();

    /// <summary>The outputs infra reads after an apply: one Lambda service at version 7, its API on the loopback cloud.</summary>
    public static string OutputsOf(string stack, string account, string region, string cloudUrl)
    {
        static JsonObject Output(JsonNode value) => new() { ["value"] = value, ["sensitive"] = false };
        return new JsonObject
        {
            ["smoke_checks"] = Output(new JsonArray(
                new JsonObject { ["alias"] = "live", ["function_name"] = $"2-1-bbws-order-processor-{stack}", ["kind"] = "invoke", ["proves_email"] = true },
                new JsonObject { ["base_url"] = $"{cloudUrl}/rehearsal-api/{stack}", ["kind"] = "http_get", ["path"] = "products", ["signed"] = false })),
            ["lambda_services"] = Output(new JsonArray(new JsonObject
            {
                ["function_name"] = $"2-1-bbws-order-processor-{stack}",
                ["version"] = "7",
                ["codedeploy_app"] = $"2-1-bbws-lambda-{stack}",
                ["codedeploy_group"] = $"2-1-bbws-order-processor-live-{stack}",
            })),
            ["deployment_notifications_topic_arn"] = Output(JsonValue.Create($"arn:aws:sns:{region}:{account}:2-1-bbws-deployments-{stack}")),
            ["dynamodb_table_names"] = Output(new JsonArray($"2-1-bbws-orders-{stack}")),
        }.ToJsonString();
    }

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

    private static string Shell(string? shell, string script) => shell switch
    {
        null or "" => $"bash -e {script}",
        "bash" => $"bash --noprofile --norc -eo pipefail {script}",
        "sh" => $"sh -e {script}",
        _ => throw new InvalidOperationException($"shell '{shell}' is not rehearsed"),
    };

    private Dictionary<string, object?> Load(string workflow) =>
        YamlTree.Load(Path.Combine(checkout.Root, ".github", "workflows", workflow));

    /// <summary>Runs a workflow's jobs in needs order; returns each job's (result, outputs) by id.</summary>
    private Dictionary<string, (string Result, Dictionary<string, string> Outputs)> RunWorkflow(RunState run, string workflow, string prefix, JsonObject inputs, List<JobResult> results)
    {
        var definition = Load(workflow);
        var jobs = YamlTree.Map(definition, "jobs");
        var done = new Dictionary<string, (string Result, Dictionary<string, string> Outputs)>(StringComparer.Ordinal);
        while (done.Count < jobs.Count)
        {
            var ready = jobs.FirstOrDefault(j => !done.ContainsKey(j.Key) && YamlTree.List(j.Value as Dictionary<string, object?>, "needs").All(n => done.ContainsKey((string)n!)));
            if (ready.Key is null)
            {
                throw new InvalidOperationException($"{workflow}: the needs of {string.Join(", ", jobs.Keys.Except(done.Keys))} form a cycle or name a missing job");
            }

            var job = (Dictionary<string, object?>)ready.Value!;
            var needs = new JsonObject();
            var needsStatus = "success";
            foreach (var need in YamlTree.List(job, "needs").Cast<string>())
            {
                needs[need] = new JsonObject { ["result"] = done[need].Result, ["outputs"] = Json(done[need].Outputs) };
                needsStatus = done[need].Result == "success" ? needsStatus : "failure";
            }

            var id = prefix + ready.Key;
            if (run.Assumed.TryGetValue(id, out var assumedOutputs))
            {
                done[ready.Key] = ("success", assumedOutputs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
                continue;
            }

            var environment = YamlTree.Text(job, "environment");
            var context = Context(run, inputs, needs, environment, new JsonObject(), YamlTree.Strings(YamlTree.Map(definition, "env")), new JsonObject(), needsStatus);
            var condition = YamlTree.Text(job, "if") ?? "success()";
            var runIt = WorkflowExpressions.Evaluate([new ExpressionItem("if", condition, context, needsStatus)])[0] == "true";
            if (!runIt)
            {
                done[ready.Key] = ("skipped", []);
                results.Add(new JobResult(id, "skipped", new Dictionary<string, string>(), environment, null, false, []));
                continue;
            }

            if (YamlTree.Text(job, "uses") is { } uses)
            {
                done[ready.Key] = CallWorkflow(run, uses, job, context, id, results);
                continue;
            }

            done[ready.Key] = RunJob(run, id, definition, job, inputs, needs, environment, results);
        }

        return done;
    }

    private (string Result, Dictionary<string, string> Outputs) CallWorkflow(RunState run, string uses, Dictionary<string, object?> job, JsonObject context, string id, List<JobResult> results)
    {
        const string local = "./.github/workflows/";
        if (!uses.StartsWith(local, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"job {id}: only local reusable workflows are rehearsed, not {uses}");
        }

        var called = uses[local.Length..];
        var with = YamlTree.Strings(YamlTree.Map(job, "with"));
        var values = WorkflowExpressions.Evaluate([.. with.Values.Select(v => new ExpressionItem("template", v, context))]);
        var inputs = Json(with.Keys.Zip(values).Select(p => KeyValuePair.Create(p.First, p.Second)));
        var inner = RunWorkflow(run, called, id + "/", inputs, results);
        var jobsContext = new JsonObject([.. inner.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonObject { ["result"] = p.Value.Result, ["outputs"] = Json(p.Value.Outputs) }))]);
        var declared = YamlTree.Map(YamlTree.Map(YamlTree.Map(Load(called), "on"), "workflow_call"), "outputs");
        var outputContext = (JsonObject)context.DeepClone();
        outputContext["jobs"] = jobsContext;
        var names = declared.Keys.ToList();
        var outputs = WorkflowExpressions.Evaluate([.. names.Select(n => new ExpressionItem("template", YamlTree.Text(YamlTree.Map(declared, n), "value") ?? string.Empty, outputContext))]);
        var result = inner.Values.Any(v => v.Result == "failure") ? "failure" : "success";
        results.Add(new JobResult(id, result, names.Zip(outputs).ToDictionary(p => p.First, p => p.Second), null, null, false, []));
        return (result, names.Zip(outputs).ToDictionary(p => p.First, p => p.Second));
    }

    private JsonObject Context(RunState run, JsonObject inputs, JsonObject needs, string? environment, JsonObject steps, IReadOnlyDictionary<string, string> env, JsonObject job, string status)
    {
        var vars = new Dictionary<string, string>(RepositoryVariables, StringComparer.Ordinal);
        foreach (var (name, value) in environment is not null && Variables.TryGetValue(environment, out var v) ? v : [])
        {
            vars[name] = value;
        }

        return new JsonObject
        {
            ["github"] = new JsonObject
            {
                ["sha"] = run.Sha,
                ["ref"] = run.Trigger.Ref,
                ["ref_name"] = run.Trigger.Ref.Split('/').Last(),
                ["repository"] = Repository,
                ["repository_owner"] = Repository.Split('/')[0],
                ["run_id"] = run.Id,
                ["run_number"] = run.Id,
                ["run_attempt"] = "1",
                ["event_name"] = run.Trigger.Name,
                ["event"] = run.Trigger.Payload.DeepClone(),
                ["token"] = "ghs_rehearsal",
                ["server_url"] = "https://github.com",
                ["api_url"] = cloud.Url,
                ["workflow"] = run.Workflow,
                ["actor"] = "rehearsal",
            },
            ["inputs"] = inputs.DeepClone(),
            ["needs"] = needs.DeepClone(),
            ["vars"] = Json(vars),
            ["secrets"] = Json(Secrets.Append(KeyValuePair.Create("GITHUB_TOKEN", "ghs_rehearsal"))),
            ["env"] = Json(env),
            ["steps"] = steps.DeepClone(),
            ["job"] = job,
            ["runner"] = new JsonObject { ["os"] = "Linux", ["arch"] = "X64" },
        };
    }

    private (string Result, Dictionary<string, string> Outputs) RunJob(RunState run, string id, Dictionary<string, object?> workflow, Dictionary<string, object?> job, JsonObject inputs, JsonObject needs, string? environment, List<JobResult> results)
    {
        var state = new JobState(id, Path.Combine(run.Folder, "jobs", id.Replace('/', '-')));
        var baseContext = Context(run, inputs, needs, environment, new JsonObject(), YamlTree.Strings(YamlTree.Map(workflow, "env")), new JsonObject(), "success");

        // The workflow's env, then the job's (which may read the workflow's).
        foreach (var (name, value) in YamlTree.Strings(YamlTree.Map(workflow, "env")))
        {
            state.Env[name] = WorkflowExpressions.Evaluate([new ExpressionItem("template", value, baseContext)])[0];
        }

        var jobEnv = YamlTree.Strings(YamlTree.Map(job, "env"));
        var jobValues = WorkflowExpressions.Evaluate([.. jobEnv.Values.Select(v => new ExpressionItem("template", v, baseContext))]);
        foreach (var (name, value) in jobEnv.Keys.Zip(jobValues))
        {
            state.Env[name] = value;
        }

        var concurrency = YamlTree.Map(job, "concurrency");
        var group = YamlTree.Text(concurrency, "group") ?? YamlTree.Text(job, "concurrency");
        var defaults = YamlTree.Map(YamlTree.Map(job, "defaults"), "run");
        var workflowDefaults = YamlTree.Map(YamlTree.Map(workflow, "defaults"), "run");
        var steps = new List<StepResult>();
        var commandsBefore = File.Exists(log) ? File.ReadAllLines(log).Length : 0;
        var index = 0;
        foreach (var step in YamlTree.List(job, "steps").Cast<Dictionary<string, object?>>())
        {
            index++;
            steps.Add(RunStep(run, state, step, index, inputs, needs, environment, YamlTree.Text(defaults, "shell") ?? YamlTree.Text(workflowDefaults, "shell"), YamlTree.Text(defaults, "working-directory") ?? YamlTree.Text(workflowDefaults, "working-directory")));
        }

        var declared = YamlTree.Strings(YamlTree.Map(job, "outputs"));
        var outputContext = Context(run, inputs, needs, environment, state.Steps, state.Env, new JsonObject { ["status"] = state.Status }, state.Status);
        var values = WorkflowExpressions.Evaluate([.. declared.Values.Select(v => new ExpressionItem("template", v, outputContext))]);
        var outputs = declared.Keys.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        results.Add(new JobResult(id, state.Status, outputs, environment, group, YamlTree.Text(concurrency, "cancel-in-progress") == "true", steps)
        {
            Summary = state.Summary.ToString(),
            Commands = File.Exists(log) ? [.. File.ReadAllLines(log).Skip(commandsBefore)] : [],
        });
        return (state.Status, outputs);
    }

    private StepResult RunStep(RunState run, JobState state, Dictionary<string, object?> step, int index, JsonObject inputs, JsonObject needs, string? environment, string? defaultShell, string? defaultDirectory)
    {
        var clock = Stopwatch.StartNew();
        var stepId = YamlTree.Text(step, "id");
        var context = Context(run, inputs, needs, environment, state.Steps, state.Env, new JsonObject { ["status"] = state.Status }, state.Status);
        var env = YamlTree.Strings(YamlTree.Map(step, "env"));
        var with = YamlTree.Strings(YamlTree.Map(step, "with"));
        var items = new List<ExpressionItem>
        {
            new("if", YamlTree.Text(step, "if") ?? "success()", context, state.Status),
            new("template", YamlTree.Text(step, "name") ?? YamlTree.Text(step, "run") ?? YamlTree.Text(step, "uses") ?? $"step {index}", context),
            new("template", YamlTree.Text(step, "run") ?? string.Empty, context),
            new("template", YamlTree.Text(step, "working-directory") ?? defaultDirectory ?? string.Empty, context),
        };
        items.AddRange(env.Values.Select(v => new ExpressionItem("template", v, context)));
        items.AddRange(with.Values.Select(v => new ExpressionItem("template", v, context)));
        var values = WorkflowExpressions.Evaluate(items);
        var name = values[1];
        if (values[0] != "true")
        {
            Record(state, stepId, "skipped", []);
            return new StepResult(name, "skipped", string.Empty, new Dictionary<string, string>());
        }

        var stepEnv = env.Keys.Zip(values.Skip(4).Take(env.Count)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        var withValues = with.Keys.Zip(values.Skip(4 + env.Count)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        var text = new StringBuilder();
        bool ok;
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (YamlTree.Text(step, "uses") is { } uses)
        {
            ok = actions.Run(uses, withValues, state, run.Id, run.Sha, text, outputs);
        }
        else
        {
            (ok, outputs) = Script(run, state, index, values[2], YamlTree.Text(step, "shell") ?? defaultShell, values[3], stepEnv, text);
        }

        var continueOnError = YamlTree.Text(step, "continue-on-error") == "true";
        if (!ok && !continueOnError)
        {
            state.Status = "failure";
        }

        Record(state, stepId, ok ? "success" : "failure", outputs, continueOnError);
        return new StepResult(name, ok ? "success" : "failure", text.ToString(), outputs, clock.Elapsed);
    }

    private static void Record(JobState state, string? stepId, string outcome, Dictionary<string, string> outputs, bool continueOnError = false)
    {
        if (stepId is not null)
        {
            state.Steps[stepId] = new JsonObject { ["outputs"] = Json(outputs), ["outcome"] = outcome, ["conclusion"] = continueOnError && outcome == "failure" ? "success" : outcome };
        }
    }

    private (bool Ok, Dictionary<string, string> Outputs) Script(RunState run, JobState state, int index, string script, string? shell, string directory, Dictionary<string, string> stepEnv, StringBuilder text)
    {
        var scriptFile = Path.Combine(state.Temp, $"step-{index}.sh");
        File.WriteAllText(scriptFile, script);
        var files = new Dictionary<string, string>
        {
            ["GITHUB_OUTPUT"] = Path.Combine(state.Temp, $"output-{index}"),
            ["GITHUB_ENV"] = Path.Combine(state.Temp, $"env-{index}"),
            ["GITHUB_PATH"] = Path.Combine(state.Temp, $"path-{index}"),
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(state.Temp, $"summary-{index}"),
        };
        foreach (var file in files.Values)
        {
            File.WriteAllText(file, string.Empty);
        }

        var command = Shell(shell, scriptFile).Split(' ');
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = Path.GetFullPath(Path.Combine(state.Workspace, directory)),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        if (!Directory.Exists(start.WorkingDirectory))
        {
            text.AppendLine($"An error occurred trying to start process: the working directory '{directory}' does not exist");
            return (false, []);
        }

        Environment(start.Environment, run, state, files, stepEnv);
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            text.AppendLine("the step ran longer than 3 minutes");
            return (false, []);
        }

        process.WaitForExit();
        lock (output)
        {
            text.Append(output);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"(exit {process.ExitCode})");
        foreach (var (name, value) in StepFiles.Read(files["GITHUB_ENV"]))
        {
            state.Env[name] = value;
        }

        state.PathAdditions.InsertRange(0, File.ReadAllLines(files["GITHUB_PATH"]).Where(l => l.Length > 0).Reverse());
        state.Summary.Append(File.ReadAllText(files["GITHUB_STEP_SUMMARY"]));
        return (process.ExitCode == 0, StepFiles.Read(files["GITHUB_OUTPUT"]));
    }

    private void Environment(IDictionary<string, string?> target, RunState run, JobState state, Dictionary<string, string> files, Dictionary<string, string> stepEnv)
    {
        foreach (var name in target.Keys.Where(k => Private.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToList())
        {
            target.Remove(name);
        }

        var hostPath = target.TryGetValue("PATH", out var path) ? path : "/usr/bin:/bin";
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CI"] = "true",
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_WORKSPACE"] = state.Workspace,
            ["GITHUB_SHA"] = run.Sha,
            ["GITHUB_REF"] = run.Trigger.Ref,
            ["GITHUB_REF_NAME"] = run.Trigger.Ref.Split('/').Last(),
            ["GITHUB_REPOSITORY"] = Repository,
            ["GITHUB_REPOSITORY_OWNER"] = Repository.Split('/')[0],
            ["GITHUB_RUN_ID"] = run.Id,
            ["GITHUB_RUN_NUMBER"] = run.Id,
            ["GITHUB_RUN_ATTEMPT"] = "1",
            ["GITHUB_EVENT_NAME"] = run.Trigger.Name,
            ["GITHUB_EVENT_PATH"] = run.EventPath,
            ["GITHUB_SERVER_URL"] = "https://github.com",
            ["GITHUB_API_URL"] = cloud.Url,
            ["GITHUB_WORKFLOW"] = run.Workflow,
            ["GITHUB_JOB"] = state.Id.Split('/').Last(),
            ["GITHUB_ACTOR"] = "rehearsal",
            ["RUNNER_OS"] = "Linux",
            ["RUNNER_TEMP"] = state.Temp,
            ["AWS_ENDPOINT_URL"] = cloud.Url,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_CONFIG_FILE"] = Path.Combine(folder, "aws-config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(folder, "aws-config"),
            ["AWS_MAX_ATTEMPTS"] = "1",
            ["REHEARSAL_LOG"] = log,
            ["REHEARSAL_BIN"] = bin,
            ["REHEARSAL_SCRATCH"] = Directory.CreateDirectory(Path.Combine(folder, "scratch")).FullName,
            ["REHEARSAL_DOTNET"] = RealDotnet(hostPath ?? string.Empty),
            ["REHEARSAL_CLI_DLL"] = typeof(InfraCli).Assembly.Location,
            ["REHEARSAL_PLANS"] = WriteFolder("plans", Plans),
            ["REHEARSAL_OUTPUTS"] = WriteFolder("outputs", Outputs),
            ["REHEARSAL_GH_RUNS"] = WriteFile("gh-runs", string.Concat(PackagingRuns.Select(p => $"{p.Key} {p.Value}\n"))),
            ["REHEARSAL_COVERAGE"] = Coverage,
            ["REHEARSAL_HANDLER_TESTS_EXIT"] = HandlerTestsExit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PATH"] = string.Join(':', state.PathAdditions.Append(bin).Append(hostPath)),
        };
        foreach (var (name, value) in files.Concat(ExtraEnvironment).Concat(state.Env).Concat(stepEnv))
        {
            values[name] = value;
        }

        foreach (var (name, value) in values)
        {
            target[name] = value;
        }
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string WriteFolder(string name, Dictionary<string, string> files)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(path);
        foreach (var (stack, content) in files)
        {
            File.WriteAllText(Path.Combine(path, stack + ".json"), content);
        }

        return path;
    }

    private static string RealDotnet(string hostPath) =>
        hostPath.Split(':').Select(d => Path.Combine(d, "dotnet")).FirstOrDefault(File.Exists)
        ?? System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH")
        ?? "/usr/share/dotnet/dotnet";

    private sealed record RunState(string Id, string Folder, RehearsalEvent Trigger, string Sha, string Workflow, string EventPath, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Assumed);
}
