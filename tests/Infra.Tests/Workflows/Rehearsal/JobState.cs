using System.Text.Json.Nodes;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>What one rehearsed job carries from step to step: its folders, its environment and PATH additions.</summary>
internal sealed class JobState
{
    public JobState(string id, string folder)
    {
        Id = id;
        Workspace = System.IO.Path.Combine(folder, "work");
        Temp = System.IO.Path.Combine(folder, "tmp");
        Directory.CreateDirectory(Workspace);
        Directory.CreateDirectory(Temp);
    }

    public string Id { get; }

    /// <summary>GITHUB_WORKSPACE: empty until actions/checkout clones into it.</summary>
    public string Workspace { get; }

    /// <summary>RUNNER_TEMP.</summary>
    public string Temp { get; }

    /// <summary>The job's variables: the workflow's and job's env, then what GITHUB_ENV and actions added.</summary>
    public Dictionary<string, string> Env { get; } = new(StringComparer.Ordinal);

    /// <summary>Folders added through GITHUB_PATH, newest first.</summary>
    public List<string> PathAdditions { get; } = [];

    /// <summary>The steps context: each step id's outputs, outcome and conclusion.</summary>
    public JsonObject Steps { get; } = [];

    /// <summary>What the steps appended to GITHUB_STEP_SUMMARY.</summary>
    public System.Text.StringBuilder Summary { get; } = new();

    /// <summary>success until a step fails.</summary>
    public string Status { get; set; } = "success";
}
