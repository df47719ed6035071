using System.Diagnostics;

namespace Infra.Tests.Workflows.Definitions;

/// <summary>
/// Runs a generated step's script as GitHub's runner does: saved to a file and run with <c>bash -e {0}</c> when the
/// step names no shell, <c>bash --noprofile --norc -eo pipefail {0}</c> for <c>shell: bash</c>, in the workspace, with
/// <c>GITHUB_WORKSPACE</c> and <c>GITHUB_OUTPUT</c> set and the given stand-in folder first on <c>PATH</c>.
/// </summary>
public static class StepShell
{
    /// <summary>The result of one run.</summary>
    /// <param name="Exit">The exit code.</param>
    /// <param name="Output">Standard output and error, interleaved by line as read.</param>
    /// <param name="StepOutputs">What the step wrote to <c>GITHUB_OUTPUT</c>.</param>
    public sealed record Result(int Exit, string Output, string StepOutputs);

    /// <summary>Runs <paramref name="step"/> in <paramref name="workspace"/>; <paramref name="env"/> adds to (null removes from) the step's own env.</summary>
    public static Result Run(GeneratedStep step, string workspace, string? standInBin = null, IReadOnlyDictionary<string, string?>? env = null)
    {
        var runnerTemp = Path.Combine(workspace, "..", $"runner-temp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(runnerTemp);
        try
        {
            var script = Path.Combine(runnerTemp, "step.sh");
            File.WriteAllText(script, step.Run);
            var output = Path.Combine(runnerTemp, "output");
            File.WriteAllText(output, string.Empty);
            var start = new ProcessStartInfo("bash") { WorkingDirectory = workspace, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in step.Shell switch
            {
                null => new[] { "-e", script },
                "bash" => ["--noprofile", "--norc", "-eo", "pipefail", script],
                _ => throw new InvalidOperationException($"{step.File}: step '{step.Name}' has shell '{step.Shell}', which this runner does not run"),
            })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["GITHUB_WORKSPACE"] = workspace;
            start.Environment["GITHUB_OUTPUT"] = output;
            start.Environment["RUNNER_TEMP"] = runnerTemp;
            if (standInBin is not null)
            {
                start.Environment["PATH"] = standInBin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
            }

            foreach (var (name, value) in step.Env)
            {
                start.Environment[name] = value;
            }

            foreach (var (name, value) in env ?? new Dictionary<string, string?>())
            {
                if (value is null)
                {
                    start.Environment.Remove(name);
                }
                else
                {
                    start.Environment[name] = value;
                }
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var standardOutput = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new Result(process.ExitCode, standardOutput + error.Result, File.ReadAllText(output));
        }
        finally
        {
            Directory.Delete(runnerTemp, recursive: true);
        }
    }
}
