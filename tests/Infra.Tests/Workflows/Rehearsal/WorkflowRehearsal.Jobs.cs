using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>Jobs in needs order, called workflows in place, and each step of a job with its expressions evaluated.</summary>
public sealed partial class WorkflowRehearsal
{
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
}
