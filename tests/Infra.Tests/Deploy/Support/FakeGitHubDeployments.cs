using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Infra.Tests.Deploy.Support;

/// <summary>
/// The GitHub REST Deployments API of one repository, in memory, as a responder for <see cref="LoopbackServer"/>:
/// create and list deployments (newest first, paged with a <c>Link</c> header as GitHub does), create and list a
/// deployment's statuses. Octokit with a non-github.com base address calls it under <c>/api/v3/</c>.
/// </summary>
internal sealed partial class FakeGitHubDeployments
{
    private static readonly DateTimeOffset Epoch = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly List<JsonObject> deployments = [];
    private readonly Dictionary<long, List<JsonObject>> statuses = [];
    private readonly string prefix;
    private long nextId = 1000;

    public FakeGitHubDeployments(string owner, string repository)
    {
        prefix = $"/api/v3/repos/{owner}/{repository}/deployments";
    }

    /// <summary>Answers <c>403</c> with this message to every request, as GitHub does for a token without the permission.</summary>
    public string? Forbidden { get; set; }

    /// <summary>Adds a deployment as if someone had created it; returns its id.</summary>
    public long Seed(string environment, string sha, string task, JsonObject payload, params string[] states)
    {
        var id = Add(new JsonObject { ["ref"] = sha, ["environment"] = environment, ["task"] = task, ["payload"] = payload, ["description"] = null })["id"]!.GetValue<long>();
        foreach (var state in states)
        {
            AddStatus(id, state, null);
        }

        return id;
    }

    /// <summary>Adds a deployment made the way infra makes its records; returns its id.</summary>
    public long SeedOurs(string environment, string sha, string kind, string artifactSha256, string state, string? description = null)
    {
        var payload = new JsonObject { ["tool"] = "infra", ["kind"] = kind, ["artifactSha256"] = artifactSha256 };
        var id = Add(new JsonObject { ["ref"] = sha, ["environment"] = environment, ["task"] = "deploy:infra", ["payload"] = payload, ["description"] = description })["id"]!.GetValue<long>();
        AddStatus(id, state, description);
        return id;
    }

    /// <summary>The statuses of a deployment, oldest first, as they were created.</summary>
    public IReadOnlyList<JsonObject> StatusesOf(long id) => statuses.TryGetValue(id, out var list) ? list : [];

    public StubResponse Respond(RecordedRequest request)
    {
        if (Forbidden is not null)
        {
            return Json(403, new JsonObject { ["message"] = Forbidden, ["documentation_url"] = "https://docs.github.com/rest/deployments/deployments" });
        }

        var path = request.PathAndQuery.Split('?', 2);
        var query = path.Length > 1 ? path[1] : string.Empty;
        if (path[0] == prefix)
        {
            return request.Method switch
            {
                "GET" => ListPage(request, query),
                "POST" => Json(201, Add((JsonObject)JsonNode.Parse(request.Body)!)),
                _ => NotFound(),
            };
        }

        var match = StatusesPath().Match(path[0]);
        if (match.Success && path[0].StartsWith(prefix, StringComparison.Ordinal) && long.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var id) && statuses.ContainsKey(id))
        {
            return request.Method switch
            {
                "GET" => Json(200, new JsonArray([.. statuses[id].AsEnumerable().Reverse().Select(s => s.DeepClone())])),
                "POST" => CreateStatus(id, request.Body),
                _ => NotFound(),
            };
        }

        return NotFound();
    }

    private StubResponse ListPage(RecordedRequest request, string query)
    {
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty);
        var size = parameters.TryGetValue("per_page", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : 30;
        var page = parameters.TryGetValue("page", out var p) ? int.Parse(p, CultureInfo.InvariantCulture) : 1;
        var newestFirst = deployments.AsEnumerable().Reverse().ToList();
        var items = newestFirst.Skip((page - 1) * size).Take(size).Select(d => d.DeepClone()).ToArray();
        var headers = new Dictionary<string, string>();
        if (page * size < newestFirst.Count)
        {
            headers["Link"] = $"<http://{request.Header("host")}{prefix}?per_page={size}&page={page + 1}>; rel=\"next\"";
        }

        return new StubResponse(200, "application/json; charset=utf-8", new JsonArray(items).ToJsonString(), headers);
    }

    private StubResponse CreateStatus(long id, string body)
    {
        var request = JsonNode.Parse(body)!;
        return Json(201, AddStatus(id, request["state"]!.GetValue<string>(), request["description"]?.GetValue<string>()));
    }

    private JsonObject Add(JsonObject request)
    {
        var id = nextId++;
        var sha = request["ref"]!.GetValue<string>();
        var deployment = new JsonObject
        {
            ["url"] = $"https://api.github.com{prefix}/{id}",
            ["id"] = id,
            ["node_id"] = $"DE_{id}",
            ["sha"] = sha,
            ["ref"] = sha,
            ["task"] = request["task"]?.GetValue<string>() ?? "deploy",
            ["payload"] = request["payload"]?.DeepClone() ?? new JsonObject(),
            ["original_environment"] = request["environment"]?.GetValue<string>() ?? "production",
            ["environment"] = request["environment"]?.GetValue<string>() ?? "production",
            ["description"] = request["description"]?.DeepClone(),
            ["creator"] = null,
            ["created_at"] = Stamp(id),
            ["updated_at"] = Stamp(id),
            ["statuses_url"] = $"https://api.github.com{prefix}/{id}/statuses",
            ["repository_url"] = "https://api.github.com/repos/o/r",
            ["transient_environment"] = request["transient_environment"]?.DeepClone() ?? false,
            ["production_environment"] = request["production_environment"]?.DeepClone() ?? false,
            ["request"] = request.DeepClone(),
        };
        deployments.Add(deployment);
        statuses[id] = [];
        return deployment;
    }

    private JsonObject AddStatus(long id, string state, string? description)
    {
        var statusId = nextId++;
        var status = new JsonObject
        {
            ["url"] = $"https://api.github.com{prefix}/{id}/statuses/{statusId}",
            ["id"] = statusId,
            ["node_id"] = $"DES_{statusId}",
            ["state"] = state,
            ["creator"] = null,
            ["description"] = description ?? string.Empty,
            ["environment"] = deployments.Single(d => d["id"]!.GetValue<long>() == id)["environment"]!.DeepClone(),
            ["target_url"] = string.Empty,
            ["log_url"] = string.Empty,
            ["created_at"] = Stamp(statusId),
            ["updated_at"] = Stamp(statusId),
            ["deployment_url"] = $"https://api.github.com{prefix}/{id}",
            ["repository_url"] = "https://api.github.com/repos/o/r",
        };
        statuses[id].Add(status);
        return status;
    }

    // Every object gets its own second, in creation order, so "newest" is well defined.
    private static string Stamp(long id) => Epoch.AddSeconds(id).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static StubResponse Json(int status, JsonNode body) => new(status, "application/json; charset=utf-8", body.ToJsonString());

    private static StubResponse NotFound() =>
        Json(404, new JsonObject { ["message"] = "Not Found", ["documentation_url"] = "https://docs.github.com/rest" });

    [GeneratedRegex("/deployments/([0-9]+)/statuses$")]
    private static partial Regex StatusesPath();
}
