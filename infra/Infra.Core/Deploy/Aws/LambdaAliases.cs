using System.Text.Json.Nodes;

namespace Infra.Deploy.Aws;

/// <summary>Lambda's REST API (GetAlias, UpdateAlias, Invoke), signed by <see cref="AwsHttpClient"/>.</summary>
public sealed class LambdaAliases : ILambdaAliases
{
    private readonly AwsHttpClient http;

    /// <summary>Creates the adapter for the stack's account and region.</summary>
    public LambdaAliases(AwsCredentialSource credentials, StackTarget target)
    {
        http = new AwsHttpClient(credentials, target, "lambda", "lambda", "LAMBDA");
    }

    /// <inheritdoc/>
    public async Task<string> GetAliasVersionAsync(string function, string alias)
    {
        var (status, body, _) = await http.SendAsync(HttpMethod.Get, AliasPath(function, alias), null, string.Empty).ConfigureAwait(false);
        Check(status, body, "GetAlias", $"{function}:{alias}");
        return JsonNode.Parse(body)?["FunctionVersion"]?.GetValue<string>()
            ?? throw AwsErrors.CallFailed("Lambda", "GetAlias", $"{function}:{alias}", "the answer has no FunctionVersion");
    }

    /// <inheritdoc/>
    public async Task UpdateAliasAsync(string function, string alias, string version)
    {
        // An empty routing config ends any canary weight: all traffic goes to the named version.
        var request = new JsonObject { ["FunctionVersion"] = version, ["RoutingConfig"] = new JsonObject { ["AdditionalVersionWeights"] = new JsonObject() } };
        var (status, body, _) = await http.SendAsync(HttpMethod.Put, AliasPath(function, alias), "application/json", request.ToJsonString()).ConfigureAwait(false);
        Check(status, body, "UpdateAlias", $"{function}:{alias}");
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ListVersionsAsync(string function)
    {
        var versions = new List<string>();
        string? marker = null;
        do
        {
            var path = $"/2015-03-31/functions/{Uri.EscapeDataString(function)}/versions?MaxItems=50" + (marker is null ? string.Empty : $"&Marker={Uri.EscapeDataString(marker)}");
            var (status, body, _) = await http.SendAsync(HttpMethod.Get, path, null, string.Empty).ConfigureAwait(false);
            Check(status, body, "ListVersionsByFunction", function);
            var answer = JsonNode.Parse(body);
            versions.AddRange((answer?["Versions"] as JsonArray ?? []).Select(v => v?["Version"]?.GetValue<string>() ?? string.Empty).Where(v => v.Length > 0 && v != "$LATEST"));
            marker = answer?["NextMarker"]?.GetValue<string>();
        }
        while (!string.IsNullOrEmpty(marker));

        return versions.OrderBy(v => long.TryParse(v, out var n) ? n : long.MaxValue).ToList();
    }

    /// <inheritdoc/>
    public async Task<LambdaInvokeResult> InvokeAsync(string function, string qualifier, string payload)
    {
        var path = $"/2015-03-31/functions/{Uri.EscapeDataString(function)}/invocations?Qualifier={Uri.EscapeDataString(qualifier)}";
        var (status, body, headers) = await http.SendAsync(HttpMethod.Post, path, "application/json", payload,
            new Dictionary<string, string> { ["X-Amz-Invocation-Type"] = "RequestResponse" }).ConfigureAwait(false);
        Check(status, body, "Invoke", $"{function}:{qualifier}");
        var error = headers.TryGetValues("X-Amz-Function-Error", out var values) ? values.FirstOrDefault() : null;
        return new LambdaInvokeResult(status, error, body);
    }

    private static string AliasPath(string function, string alias) =>
        $"/2015-03-31/functions/{Uri.EscapeDataString(function)}/aliases/{Uri.EscapeDataString(alias)}";

    private static void Check(int status, string body, string operation, string resource)
    {
        if (status is < 200 or >= 300)
        {
            throw AwsErrors.CallFailed("Lambda", operation, resource, $"HTTP {status}: {body}");
        }
    }
}
