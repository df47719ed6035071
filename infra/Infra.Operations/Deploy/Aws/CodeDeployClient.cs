using Newtonsoft.Json.Linq;

namespace Infra.Deploy.Aws;

/// <summary>CodeDeploy's JSON 1.1 API (CreateDeployment, GetDeployment, ListDeployments, StopDeployment), signed by <see cref="AwsHttpClient"/>.</summary>
public sealed class CodeDeployClient : ICodeDeploy
{
    private static readonly IReadOnlySet<string> FinalStates = new HashSet<string>(StringComparer.Ordinal) { "Succeeded", "Failed", "Stopped" };

    // A second CreateDeployment after a timeout would start a second traffic shift.
    private static readonly AwsOperation CreateDeployment = AwsOperation.SentOnce("CodeDeploy", "CreateDeployment", "codedeploy:CreateDeployment",
        "list the group's deployments with 'aws deploy list-deployments --application-name <application> --deployment-group-name <group>'");
    private static readonly AwsOperation GetDeployment = AwsOperation.Read("CodeDeploy", "GetDeployment", "codedeploy:GetDeployment");
    private static readonly AwsOperation ListDeployments = AwsOperation.Read("CodeDeploy", "ListDeployments", "codedeploy:ListDeployments");

    // Stopping a stopped deployment changes nothing.
    private static readonly AwsOperation StopDeployment = AwsOperation.IdempotentWrite("CodeDeploy", "StopDeployment", "codedeploy:StopDeployment");
    private readonly AwsHttpClient http;
    private readonly TimeSpan pollInterval;
    private readonly TimeSpan timeout;
    private readonly TimeProvider time;

    /// <summary>Creates the adapter; a deployment is polled every <paramref name="pollInterval"/> until <paramref name="timeout"/>, on <paramref name="time"/> (default: the system clock).</summary>
    public CodeDeployClient(AwsCredentialSource credentials, StackTarget target, TimeSpan? pollInterval = null, TimeSpan? timeout = null, TimeProvider? time = null, ExternalCallSettings? settings = null)
    {
        this.time = time ?? TimeProvider.System;
        http = new AwsHttpClient(credentials, target, "codedeploy", "codedeploy", "CODEDEPLOY", this.time, settings);
        this.pollInterval = pollInterval ?? TimeSpan.FromSeconds(15);
        this.timeout = timeout ?? TimeSpan.FromMinutes(60);
    }

    /// <inheritdoc/>
    public async Task<string> CreateDeploymentAsync(string application, string deploymentGroup, string appSpec, string description, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(CreateDeployment, application, new JObject
        {
            ["applicationName"] = application,
            ["deploymentGroupName"] = deploymentGroup,
            ["description"] = description,
            ["revision"] = new JObject
            {
                ["revisionType"] = "AppSpecContent",
                ["appSpecContent"] = new JObject { ["content"] = appSpec },
            },
        }, cancellationToken).ConfigureAwait(false);
        return AwsHttpResponse.RequiredString(answer, "deploymentId", CreateDeployment, application);
    }

    /// <inheritdoc/>
    public async Task<string> WaitAsync(string deploymentId, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            var answer = await CallAsync(GetDeployment, deploymentId, new JObject { ["deploymentId"] = deploymentId }, cancellationToken).ConfigureAwait(false);

            // Without a status the wait could never end: an answer lacking it is malformed, not "still running".
            var status = AwsHttpResponse.RequiredString(answer["deploymentInfo"], "status", GetDeployment, deploymentId);
            if (FinalStates.Contains(status))
            {
                return status;
            }

            if (time.GetUtcNow() > deadline)
            {
                await StopWithRollbackAsync(deploymentId, cancellationToken).ConfigureAwait(false);
                return "Stopped";
            }

            await Task.Delay(pollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ActiveDeploymentsAsync(string application, string deploymentGroup, CancellationToken cancellationToken)
    {
        var resource = $"{application}/{deploymentGroup}";
        var answer = await CallAsync(ListDeployments, resource, new JObject
        {
            ["applicationName"] = application,
            ["deploymentGroupName"] = deploymentGroup,
            ["includeOnlyStatuses"] = new JArray("Created", "Queued", "InProgress", "Baking", "Ready"),
        }, cancellationToken).ConfigureAwait(false);

        // A group runs one deployment at a time, so the first page holds every active one. AWS omits an empty list.
        return answer["deployments"] switch
        {
            null or { Type: JTokenType.Null } => [],
            JArray ids => ids.Select(id => DeployJson.String(id) ?? throw AwsErrors.Malformed(ListDeployments, resource, "a deployment id is not a string")).ToList(),
            _ => throw AwsErrors.Malformed(ListDeployments, resource, "'deployments' is not a list"),
        };
    }

    /// <inheritdoc/>
    public Task StopWithRollbackAsync(string deploymentId, CancellationToken cancellationToken) =>
        CallAsync(StopDeployment, deploymentId, new JObject { ["deploymentId"] = deploymentId, ["autoRollbackEnabled"] = true }, cancellationToken);

    private async Task<JObject> CallAsync(AwsOperation operation, string resource, JObject request, CancellationToken cancellationToken)
    {
        var answer = await http.SendAsync(operation, resource, HttpMethod.Post, "/", "application/x-amz-json-1.1", DeployJson.Write(request), cancellationToken,
            new Dictionary<string, string> { ["X-Amz-Target"] = $"CodeDeploy_20141006.{operation.Name}" }).ConfigureAwait(false);
        return answer.JsonObject(operation, resource);
    }
}
