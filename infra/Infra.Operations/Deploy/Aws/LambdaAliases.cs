using Newtonsoft.Json.Linq;

namespace Infra.Deploy.Aws;

/// <summary>Lambda's REST API (GetAlias, UpdateAlias, ListVersionsByFunction, Invoke), signed by <see cref="AwsHttpClient"/>.</summary>
public sealed class LambdaAliases : ILambdaAliases
{
    private static readonly AwsOperation GetAlias = AwsOperation.Read("Lambda", "GetAlias", "lambda:GetAlias");
    private static readonly AwsOperation ListVersions = AwsOperation.Read("Lambda", "ListVersionsByFunction", "lambda:ListVersionsByFunction");

    // Moving an alias again after a timeout could undo a move made meanwhile by CodeDeploy or another rollback.
    private static readonly AwsOperation UpdateAlias = AwsOperation.SentOnce("Lambda", "UpdateAlias", "lambda:UpdateAlias",
        "read the alias with 'aws lambda get-alias --function-name <function> --name <alias>'");

    // An invocation runs the function's code, whose side effects a second call would repeat.
    private static readonly AwsOperation Invoke = AwsOperation.SentOnce("Lambda", "Invoke", "lambda:InvokeFunction", "look for the invocation in the function's logs");
    private readonly AwsHttpClient http;

    /// <summary>Creates the adapter for the stack's account and region; <paramref name="time"/> paces retries (default: the system clock).</summary>
    public LambdaAliases(AwsCredentialSource credentials, StackTarget target, TimeProvider? time = null, ExternalCallSettings? settings = null)
    {
        http = new AwsHttpClient(credentials, target, "lambda", "lambda", "LAMBDA", time, settings);
    }

    /// <inheritdoc/>
    public async Task<string> GetAliasVersionAsync(string function, string alias, CancellationToken cancellationToken)
    {
        var resource = $"{function}:{alias}";
        var answer = await http.SendAsync(GetAlias, resource, HttpMethod.Get, AliasPath(function, alias), null, string.Empty, cancellationToken).ConfigureAwait(false);
        return AwsHttpResponse.RequiredString(answer.JsonObject(GetAlias, resource), "FunctionVersion", GetAlias, resource);
    }

    /// <inheritdoc/>
    public async Task UpdateAliasAsync(string function, string alias, string version, CancellationToken cancellationToken)
    {
        // An empty routing config ends any canary weight: all traffic goes to the named version.
        var request = new JObject { ["FunctionVersion"] = version, ["RoutingConfig"] = new JObject { ["AdditionalVersionWeights"] = new JObject() } };
        await http.SendAsync(UpdateAlias, $"{function}:{alias}", HttpMethod.Put, AliasPath(function, alias), "application/json", DeployJson.Write(request), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ListVersionsAsync(string function, CancellationToken cancellationToken)
    {
        var versions = new List<string>();
        string? marker = null;
        do
        {
            var path = $"/2015-03-31/functions/{Uri.EscapeDataString(function)}/versions?MaxItems=50" + (marker is null ? string.Empty : $"&Marker={Uri.EscapeDataString(marker)}");
            var answer = (await http.SendAsync(ListVersions, function, HttpMethod.Get, path, null, string.Empty, cancellationToken).ConfigureAwait(false)).JsonObject(ListVersions, function);
            foreach (var item in answer["Versions"] as JArray ?? [])
            {
                var version = AwsHttpResponse.RequiredString(item, "Version", ListVersions, function);
                if (version != "$LATEST")
                {
                    versions.Add(version);
                }
            }

            marker = AwsHttpResponse.OptionalString(answer, "NextMarker", ListVersions, function);
        }
        while (!string.IsNullOrEmpty(marker));

        return versions.OrderBy(v => long.TryParse(v, out var n) ? n : long.MaxValue).ToList();
    }

    /// <inheritdoc/>
    public async Task<LambdaInvokeResult> InvokeAsync(string function, string qualifier, string payload, CancellationToken cancellationToken)
    {
        var path = $"/2015-03-31/functions/{Uri.EscapeDataString(function)}/invocations?Qualifier={Uri.EscapeDataString(qualifier)}";
        var answer = await http.SendAsync(Invoke, $"{function}:{qualifier}", HttpMethod.Post, path, "application/json", payload, cancellationToken,
            new Dictionary<string, string> { ["X-Amz-Invocation-Type"] = "RequestResponse" }).ConfigureAwait(false);
        return new LambdaInvokeResult(answer.Status, answer.Header("X-Amz-Function-Error"), answer.Body);
    }

    private static string AliasPath(string function, string alias) =>
        $"/2015-03-31/functions/{Uri.EscapeDataString(function)}/aliases/{Uri.EscapeDataString(alias)}";
}
