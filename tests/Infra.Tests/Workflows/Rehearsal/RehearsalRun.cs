using System.Text;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// What a rehearsed run did: its jobs in the order they ran, every stand-in command line, the roles AWS credentials
/// were asked for, and where its artifacts are.
/// </summary>
public sealed class RehearsalRun
{
    internal RehearsalRun(string runId, IReadOnlyList<JobResult> jobs, IReadOnlyList<string> commands, IReadOnlyList<(string Job, string Role)> roles, string artifacts)
    {
        RunId = runId;
        Jobs = jobs;
        Commands = commands;
        Roles = roles;
        Artifacts = artifacts;
    }

    /// <summary>The run's id (GITHUB_RUN_ID).</summary>
    public string RunId { get; }

    /// <summary>Every job, in the order it ran (skipped jobs too).</summary>
    public IReadOnlyList<JobResult> Jobs { get; }

    /// <summary>Every command line a PATH stand-in received (<c>terraform plan ...</c>), in order.</summary>
    public IReadOnlyList<string> Commands { get; }

    /// <summary>Each role configure-aws-credentials was asked to assume, with the job that asked.</summary>
    public IReadOnlyList<(string Job, string Role)> Roles { get; }

    /// <summary>The folder holding this run's uploaded artifacts, one sub-folder per artifact name.</summary>
    public string Artifacts { get; }

    /// <summary>The job with id <paramref name="id"/>; fails the test when it did not run.</summary>
    public JobResult Job(string id) =>
        Jobs.FirstOrDefault(j => j.Id == id) ?? throw new AssertionException($"no job {id} in the run; jobs: {string.Join(", ", Jobs.Select(j => j.Id))}");

    /// <summary>Every job's result and every failed step's log, for an assertion message.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var job in Jobs)
        {
            text.Append(job.Id).Append(": ").AppendLine(job.Result);
            foreach (var step in job.Steps.Where(s => s.Outcome == "failure"))
            {
                text.Append("  step '").Append(step.Name).AppendLine("' failed:");
                text.AppendLine(string.Join('\n', step.Log.Split('\n').TakeLast(25).Select(l => "    " + l)));
            }
        }

        return text.ToString();
    }
}
