using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Infra.Model;
using Infra.Resources.Aws;
using Newtonsoft.Json;

namespace Infra.Components;

/// <summary>
/// A regional REST API whose every route is a Lambda proxy integration to the alias <c>live</c> of one service
/// (so callers see exactly the traffic split CodeDeploy makes), a deployment redeployed when the API definition
/// changes, and a stage named after the stack with JSON access logs, X-Ray, metrics, INFO logging and throttling.
/// </summary>
public sealed partial class LambdaRestApi : ComponentResource
{
    private static readonly string[] Methods = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"];

    /// <summary>Builds the API; throws when a route or the stage name is invalid.</summary>
    public LambdaRestApi(string name, LambdaRestApiArgs args, ResourceOptions? options = null)
        : base("bbws:apigateway:LambdaRestApi", name, options)
    {
        Validate(args);
        Args = args;
        var alias = args.Service.Alias;
        Api = new ApiGatewayRestApi(name, new ApiGatewayRestApiArgs
        {
            Name = AwsNameLimits.Generic(nameof(args.ApiName), args.ApiName, 1024),
            Description = $"Routes to the alias {LambdaService.LiveAlias} of {args.Service.FunctionName}.",
            EndpointConfiguration = new ApiGatewayEndpointConfiguration { Types = ["REGIONAL"] },

            // Replacing the API (rare: its name and endpoint type update in place) must not leave the stack with no API
            // while the new one is built (rule APIGW-CREATE-BEFORE-DESTROY).
        }, ChildOptions() with { CreateBeforeDestroy = true });

        var resources = new Dictionary<string, ApiGatewayResource>(StringComparer.Ordinal);
        var routeResources = new List<Resource>();
        foreach (var route in args.Routes.OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal))
        {
            var parentId = Api.RootResourceId;
            var path = string.Empty;
            foreach (var segment in route.Path.Split('/'))
            {
                path = path.Length == 0 ? segment : $"{path}/{segment}";
                if (!resources.TryGetValue(path, out var resource))
                {
                    resource = new ApiGatewayResource($"{name}-{Slug(path)}", new ApiGatewayResourceArgs { RestApiId = Api.RestApiId, ParentId = parentId, PathPart = segment }, ChildOptions());
                    resources.Add(path, resource);
                }

                parentId = resource.ResourceId;
            }

            var target = resources[route.Path];
            var routeName = $"{name}-{route.Method.ToLowerInvariant()}-{Slug(route.Path)}";
            routeResources.Add(new ApiGatewayMethod($"{routeName}-method", new ApiGatewayMethodArgs
            {
                RestApiId = Api.RestApiId,
                ResourceId = target.ResourceId,
                HttpMethod = route.Method,
                Authorization = route.Authorization,
            }, ChildOptions() with { Suppressions = route.Suppressions }));
            routeResources.Add(new ApiGatewayIntegration($"{routeName}-integration", new ApiGatewayIntegrationArgs
            {
                RestApiId = Api.RestApiId,
                ResourceId = target.ResourceId,
                HttpMethod = route.Method,

                // The Lambda proxy integration: the function gets the whole request; Lambda is always invoked with POST.
                Type = "AWS_PROXY",
                IntegrationHttpMethod = "POST",
                Uri = alias.InvokeArn,
            }, ChildOptions(dependsOn: [routeResources[^1]])));

            // Permission on the alias only, for this method and path only: any stage of this API may call it.
            var sourcePath = PathParameter().Replace(route.Path, "*");
            _ = new LambdaPermission($"{routeName}-permission", new LambdaPermissionArgs
            {
                Action = "lambda:InvokeFunction",
                StatementId = $"apigateway-{route.Method.ToLowerInvariant()}-{Slug(route.Path)}",
                FunctionName = args.Service.Function.FunctionName,
                Qualifier = LambdaService.LiveAlias,
                Principal = "apigateway.amazonaws.com",
                SourceArn = Output.Format($"{Api.ExecutionArn}/*/{route.Method}/{sourcePath}"),
            }, ChildOptions(dependsOn: [alias]));
        }

        // A new definition replaces the deployment: the stage must move to the new one before the old is deleted.
        Deployment = new ApiGatewayDeployment($"{name}-deployment", new ApiGatewayDeploymentArgs
        {
            RestApiId = Api.RestApiId,
            Description = "Redeployed whenever the API definition's hash changes.",
            Triggers = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["redeployment"] = DefinitionHash(args) },
        }, ChildOptions(dependsOn: routeResources) with { CreateBeforeDestroy = true });

        AccessLogs = new CloudWatchLogGroup($"{name}-access-logs", new CloudWatchLogGroupArgs
        {
            Name = $"/aws/apigateway/{args.ApiName}/access",
            RetentionInDays = args.LogRetentionDays,
            KmsKeyId = args.KmsKeyArn,
        }, ChildOptions(args.Protect) with { Suppressions = args.LogGroupSuppressions });
        // API Gateway writes execution logs to a group it names after the API and stage. Created here first, so that
        // the group has the stack's retention and key instead of being created by the service, unencrypted and kept forever.
        ExecutionLogs = new CloudWatchLogGroup($"{name}-execution-logs", new CloudWatchLogGroupArgs
        {
            Name = Output.Format($"API-Gateway-Execution-Logs_{Api.RestApiId}/{args.StageName}"),
            RetentionInDays = args.LogRetentionDays,
            KmsKeyId = args.KmsKeyArn,
        }, ChildOptions(args.Protect) with { Suppressions = args.LogGroupSuppressions });
        Stage = new ApiGatewayStage($"{name}-stage", new ApiGatewayStageArgs
        {
            RestApiId = Api.RestApiId,
            StageName = args.StageName,
            DeploymentId = Deployment.DeploymentId,
            XrayTracingEnabled = true,
            AccessLogSettings = new ApiGatewayAccessLogSettings { DestinationArn = AccessLogs.Arn, Format = AccessLogFormat },
        }, ChildOptions(dependsOn: [args.Account, ExecutionLogs]) with { Suppressions = args.StageSuppressions });
        Settings = new ApiGatewayMethodSettings($"{name}-method-settings", new ApiGatewayMethodSettingsArgs
        {
            RestApiId = Api.RestApiId,
            StageName = Stage.StageName,

            // Every method of the stage: metrics and INFO execution logs, never request or response bodies (data
            // tracing logs them, and they may hold customer data).
            MethodPath = "*/*",
            Settings = new ApiGatewayMethodSettingsValues
            {
                MetricsEnabled = true,
                LoggingLevel = "INFO",
                DataTraceEnabled = false,
                ThrottlingRateLimit = args.ThrottlingRateLimit,
                ThrottlingBurstLimit = args.ThrottlingBurstLimit,
            },
        }, ChildOptions(dependsOn: [args.Account]) with { Suppressions = args.MethodSettingsSuppressions });
    }

    /// <summary>One JSON object per request; no request or response bodies (they may hold customer data).</summary>
    public static string AccessLogFormat { get; } = JsonConvert.SerializeObject(new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["requestId"] = "$context.requestId",
        ["ip"] = "$context.identity.sourceIp",
        ["requestTime"] = "$context.requestTime",
        ["httpMethod"] = "$context.httpMethod",
        ["resourcePath"] = "$context.resourcePath",
        ["status"] = "$context.status",
        ["responseLength"] = "$context.responseLength",
        ["integrationLatency"] = "$context.integrationLatency",
        ["integrationError"] = "$context.integration.error",
        ["xrayTraceId"] = "$context.xrayTraceId",
    });

    /// <summary>The arguments the API was built with (the smoke checks read its routes).</summary>
    public LambdaRestApiArgs Args { get; }

    /// <summary>The REST API.</summary>
    public ApiGatewayRestApi Api { get; }

    /// <summary>The deployment.</summary>
    public ApiGatewayDeployment Deployment { get; }

    /// <summary>The stage's access log group.</summary>
    public CloudWatchLogGroup AccessLogs { get; }

    /// <summary>The group API Gateway writes the stage's execution logs to, with the stack's retention and key.</summary>
    public CloudWatchLogGroup ExecutionLogs { get; }

    /// <summary>The stage named after the stack.</summary>
    public ApiGatewayStage Stage { get; }

    /// <summary>The stage's method settings (metrics, logging, throttling).</summary>
    public ApiGatewayMethodSettings Settings { get; }

    // Terraform redeploys only when a trigger changes; hashing the definition ties redeployment to what callers see.
    private static string DefinitionHash(LambdaRestApiArgs args)
    {
        var text = string.Join('\n', args.Routes
            .Select(r => $"{r.Method} /{r.Path} {r.Authorization} -> {args.Service.FunctionName}:{LambdaService.LiveAlias}")
            .Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static string Slug(string path) =>
        string.Join('-', path.Split('/').Select(s => s.Trim('{', '}').ToLowerInvariant()));

    private static void Validate(LambdaRestApiArgs args)
    {
        if (args.Routes.Count == 0)
        {
            throw new ArgumentException("Routes is empty: give at least one route, e.g. new ApiRoute(\"GET\", \"products\").", nameof(args));
        }

        foreach (var route in args.Routes)
        {
            if (!Methods.Contains(route.Method))
            {
                throw new ArgumentException($"Routes has method '{route.Method}' on '{route.Path}': use one of {string.Join(", ", Methods)} (upper case).", nameof(args));
            }

            if (!RoutePath().IsMatch(route.Path))
            {
                throw new ArgumentException($"Routes has path '{route.Path}': write segments of letters, digits, '-' and '_' or a {{parameter}}, separated by '/', without a leading slash (e.g. products/{{id}}).", nameof(args));
            }

            if (route.Authorization is not ("NONE" or "AWS_IAM"))
            {
                throw new ArgumentException($"Routes has authorization '{route.Authorization}' on {route.Method} {route.Path}: use NONE or AWS_IAM.", nameof(args));
            }
        }

        var duplicate = args.Routes.GroupBy(r => (r.Method, r.Path)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Routes lists {duplicate.Key.Method} {duplicate.Key.Path} twice: keep one.", nameof(args));
        }

        if (!StageNamePattern().IsMatch(args.StageName))
        {
            throw new ArgumentException($"StageName is '{args.StageName}': use letters, digits, '-' and '_' (the stack's name).", nameof(args));
        }
    }

    [GeneratedRegex(@"^(?:[A-Za-z0-9_-]+|\{[A-Za-z0-9_]+\})(?:/(?:[A-Za-z0-9_-]+|\{[A-Za-z0-9_]+\}))*$")]
    private static partial Regex RoutePath();

    [GeneratedRegex(@"\{[A-Za-z0-9_]+\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$")]
    private static partial Regex StageNamePattern();
}
