using System.Text.Json.Nodes;

namespace Infra.Deploy.Aws;

/// <summary>CodeDeploy's JSON 1.1 API (CreateDeployment, GetDeployment, StopDeployment), signed by <see cref="AwsHttpClient"/>.</summary>
public sealed class CodeDeployClient : ICodeDeploy
{
    private static readonly IReadOnlySet<string> FinalStates = new HashSet<string>(StringComparer.Ordinal) { "Succeeded", "Failed", "Stopped" };
    private readonly AwsHttpClient http;
    private readonly TimeSpan pollInterval;
    private readonly TimeSpan timeout;

    /// <summary>Creates the adapter; a deployment is polled every <paramref name="pollInterval"/> until <paramref name="timeout"/>.</summary>
    public CodeDeployClient(AwsCredentialSource credentials, StackTarget target, TimeSpan? pollInterval = null, TimeSpan? timeout = null)
    {
        http = new AwsHttpClient(credentials, target, "codedeploy", "codedeploy", "CODEDEPLOY");
        this.pollInterval = pollInterval ?? TimeSpan.FromSeconds(15);
        this.timeout = timeout ?? TimeSpan.FromMinutes(60);
    }

    /// <inheritdoc/>
    public async Task<string> CreateDeploymentAsync(string application, string deploymentGroup, string appSpec, string description)
    {
        var answer = await CallAsync("CreateDeployment", application, new JsonObject
        {
            ["applicationName"] = application,
            ["deploymentGroupName"] = deploymentGroup,
            ["description"] = description,
            ["revision"] = new JsonObject
            {
                ["revisionType"] = "AppSpecContent",
                ["appSpecContent"] = new JsonObject { ["content"] = appSpec },
            },
        }).ConfigureAwait(false);
        return answer["deploymentId"]?.GetValue<string>() ?? throw AwsErrors.CallFailed("CodeDeploy", "CreateDeployment", application, "the answer has no deploymentId");
    }

    /// <inheritdoc/>
    public async Task<string> WaitAsync(string deploymentId)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var answer = await CallAsync("GetDeployment", deploymentId, new JsonObject { ["deploymentId"] = deploymentId }).ConfigureAwait(false);
            var status = answer["deploymentInfo"]?["status"]?.GetValue<string>() ?? "Unknown";
            if (FinalStates.Contains(status))
            {
                return status;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                await StopWithRollbackAsync(deploymentId).ConfigureAwait(false);
                return "Stopped";
            }

            await Task.Delay(pollInterval).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ActiveDeploymentsAsync(string application, string deploymentGroup)
    {
        var answer = await CallAsync("ListDeployments", $"{application}/{deploymentGroup}", new JsonObject
        {
            ["applicationName"] = application,
            ["deploymentGroupName"] = deploymentGroup,
            ["includeOnlyStatuses"] = new JsonArray("Created", "Queued", "InProgress", "Baking", "Ready"),
        }).ConfigureAwait(false);

        // A group runs one deployment at a time, so the first page holds every active one.
        return answer["deployments"] is JsonArray ids ? ids.OfType<JsonValue>().Select(v => v.ToString()).ToList() : [];
    }

    /// <inheritdoc/>
    public Task StopWithRollbackAsync(string deploymentId) =>
        CallAsync("StopDeployment", deploymentId, new JsonObject { ["deploymentId"] = deploymentId, ["autoRollbackEnabled"] = true });

    private async Task<JsonNode> CallAsync(string operation, string resource, JsonObject request)
    {
        var (status, body, _) = await http.SendAsync(HttpMethod.Post, "/", "application/x-amz-json-1.1", request.ToJsonString(),
            new Dictionary<string, string> { ["X-Amz-Target"] = $"CodeDeploy_20141006.{operation}" }).ConfigureAwait(false);
        if (status is < 200 or >= 300)
        {
            throw AwsErrors.CallFailed("CodeDeploy", operation, resource, $"HTTP {status}: {body}");
        }

        return JsonNode.Parse(body.Length == 0 ? "{}" : body) ?? new JsonObject();
    }
}
