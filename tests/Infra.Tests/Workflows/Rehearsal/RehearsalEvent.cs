using System.Text.Json.Nodes;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>What started a rehearsed run: the event's name, the ref it ran on, the dispatch inputs and the event payload.</summary>
public sealed record RehearsalEvent(string Name, string Ref, IReadOnlyDictionary<string, string> Inputs, JsonObject Payload)
{
    /// <summary>A push to <paramref name="branch"/>.</summary>
    public static RehearsalEvent Push(string branch = "main") => new("push", $"refs/heads/{branch}", new Dictionary<string, string>(), []);

    /// <summary>A manual run on <paramref name="branch"/> with <paramref name="inputs"/>.</summary>
    public static RehearsalEvent Dispatch(IReadOnlyDictionary<string, string> inputs, string branch = "main") =>
        new("workflow_dispatch", $"refs/heads/{branch}", inputs, new JsonObject { ["inputs"] = new JsonObject([.. inputs.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]) });

    /// <summary>The nightly schedule (which runs on the default branch).</summary>
    public static RehearsalEvent Schedule() => new("schedule", "refs/heads/main", new Dictionary<string, string>(), new JsonObject { ["schedule"] = "17 5 * * *" });

    /// <summary>
    /// A pull request from <paramref name="headRepository"/> (the repository itself unless a fork) onto
    /// <paramref name="baseSha"/>; the run's ref is the merge ref.
    /// </summary>
    public static RehearsalEvent PullRequest(string baseSha, string headRepository) => new(
        "pull_request",
        "refs/pull/7/merge",
        new Dictionary<string, string>(),
        new JsonObject
        {
            ["number"] = 7,
            ["pull_request"] = new JsonObject
            {
                ["number"] = 7,
                ["base"] = new JsonObject { ["sha"] = baseSha, ["ref"] = "main", ["repo"] = new JsonObject { ["full_name"] = WorkflowRehearsal.Repository } },
                ["head"] = new JsonObject { ["ref"] = "feature", ["repo"] = new JsonObject { ["full_name"] = headRepository } },
            },
        });
}
