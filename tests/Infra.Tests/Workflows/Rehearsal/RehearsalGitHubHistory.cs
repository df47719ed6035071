using System.Globalization;
using System.Text.Json.Nodes;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// The part of GitHub's REST API <c>infra promote verify</c> reads, in memory: the compare API (a commit is
/// <c>behind</c> the default branch when the test says it is on it, <c>diverged</c> when not, 404 when unknown) and the
/// Actions runs API (a workflow's runs filtered by branch, event and head SHA; one run by id).
/// </summary>
internal sealed class RehearsalGitHubHistory
{
    private readonly List<JsonObject> runs = [];
    private readonly string prefix;
    private long nextRun = 7000;

    public RehearsalGitHubHistory(string repository)
    {
        prefix = $"/api/v3/repos/{repository}/";
    }

    /// <summary>Commits on the default branch.</summary>
    public HashSet<string> OnDefaultBranch { get; } = new(StringComparer.Ordinal);

    /// <summary>Commits the repository has but not on the default branch (on another branch).</summary>
    public HashSet<string> Elsewhere { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a completed run of <paramref name="workflowFile"/> (<c>deploy-dev.yml</c>) on main; returns its id.</summary>
    public long SeedRun(string workflowFile, string headSha, string eventName, string conclusion, string? title = null)
    {
        var id = nextRun++;
        runs.Add(new JsonObject
        {
            ["id"] = id,
            ["name"] = workflowFile,
            ["path"] = $".github/workflows/{workflowFile}",
            ["head_branch"] = "main",
            ["head_sha"] = headSha,
            ["event"] = eventName,
            ["status"] = "completed",
            ["conclusion"] = conclusion,
            ["display_title"] = title ?? workflowFile,
            ["run_number"] = id,
            ["created_at"] = "2026-03-01T08:00:00Z",
            ["updated_at"] = "2026-03-01T08:10:00Z",
        });
        return id;
    }

    /// <summary>Answers a request under this repository's API, or null when it is not one of these endpoints.</summary>
    public StubResponse? Respond(RecordedRequest request)
    {
        var parts = request.PathAndQuery.Split('?', 2);
        if (request.Method != "GET" || !parts[0].StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(parts[0][prefix.Length..]);
        var query = (parts.Length > 1 ? parts[1] : string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty, StringComparer.Ordinal);
        if (path.StartsWith("compare/", StringComparison.Ordinal))
        {
            var head = path[(path.IndexOf("...", StringComparison.Ordinal) + 3)..];
            var status = OnDefaultBranch.Contains(head) ? "behind" : Elsewhere.Contains(head) ? "diverged" : null;
            return status is null
                ? Json(404, new JsonObject { ["message"] = "Not Found" })
                : Json(200, new JsonObject { ["status"] = status, ["ahead_by"] = status == "behind" ? 0 : 1, ["behind_by"] = 1, ["total_commits"] = 0, ["commits"] = new JsonArray(), ["files"] = new JsonArray() });
        }

        if (path.StartsWith("actions/workflows/", StringComparison.Ordinal) && path.EndsWith("/runs", StringComparison.Ordinal))
        {
            var file = path["actions/workflows/".Length..^"/runs".Length];
            var matching = runs.Where(r => (string)r["name"]! == file
                && (!query.TryGetValue("branch", out var b) || (string)r["head_branch"]! == b)
                && (!query.TryGetValue("event", out var e) || (string)r["event"]! == e)
                && (!query.TryGetValue("head_sha", out var h) || (string)r["head_sha"]! == h)).ToList();
            return Json(200, new JsonObject { ["total_count"] = matching.Count, ["workflow_runs"] = new JsonArray([.. matching.Select(r => r.DeepClone())]) });
        }

        if (path.StartsWith("actions/runs/", StringComparison.Ordinal) && long.TryParse(path["actions/runs/".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            var run = runs.FirstOrDefault(r => (long)r["id"]! == id);
            return run is null ? Json(404, new JsonObject { ["message"] = "Not Found" }) : Json(200, run.DeepClone());
        }

        return null;
    }

    private static StubResponse Json(int status, JsonNode body) => new(status, "application/json", body.ToJsonString());
}
