using System.Diagnostics;
using System.Globalization;
using System.Text;
using Infra.Cli;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>A <c>run:</c> step as the runner runs it: the shell, the environment and the GITHUB_* files.</summary>
public sealed partial class WorkflowRehearsal
{
    private static string Shell(string? shell, string script) => shell switch
    {
        null or "" => $"bash -e {script}",
        "bash" => $"bash --noprofile --norc -eo pipefail {script}",
        "sh" => $"sh -e {script}",
        _ => throw new InvalidOperationException($"shell '{shell}' is not rehearsed"),
    };

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
}
