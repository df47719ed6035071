// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_api_gateway_stage) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A stage of a REST API (<c>aws_api_gateway_stage</c>).</summary>
public sealed class ApiGatewayStage : CustomResource<ApiGatewayStageArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public ApiGatewayStage(string name, ApiGatewayStageArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_stage", "aws:apigateway/stage:Stage", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>execution_arn</c> attribute.</summary>
    public Output<string> ExecutionArn => Attribute("execution_arn");

    /// <summary>The <c>invoke_url</c> attribute.</summary>
    public Output<string> InvokeUrl => Attribute("invoke_url");

    /// <summary>The <c>stage_name</c> attribute.</summary>
    public Output<string> StageName => Attribute("stage_name");

    /// <summary>The <c>web_acl_arn</c> attribute.</summary>
    public Output<string> WebAclArn => Attribute("web_acl_arn");
}

/// <summary>Inputs of <see cref="ApiGatewayStage"/>.</summary>
public sealed partial record ApiGatewayStageArgs
{
    /// <summary>Where and how access logs are written; none by default.</summary>
    [Input("access_log_settings")]
    public ApiGatewayAccessLogSettings? AccessLogSettings { get; init; }

    /// <summary>The <c>cache_cluster_enabled</c> argument.</summary>
    [Input("cache_cluster_enabled")]
    public bool? CacheClusterEnabled { get; init; }

    /// <summary>The <c>cache_cluster_size</c> argument.</summary>
    [Input("cache_cluster_size")]
    public Input<string>? CacheClusterSize { get; init; }

    /// <summary>The <c>canary_settings</c> block.</summary>
    [Input("canary_settings")]
    public ApiGatewayStageCanarySettings? CanarySettings { get; init; }

    /// <summary>The <c>client_certificate_id</c> argument.</summary>
    [Input("client_certificate_id")]
    public Input<string>? ClientCertificateId { get; init; }

    /// <summary>The deployment served.</summary>
    [Input("deployment_id", Pulumi = "deployment")]
    public required Input<string> DeploymentId { get; init; }

    /// <summary>The <c>description</c> argument.</summary>
    [Input("description")]
    public Input<string>? Description { get; init; }

    /// <summary>The <c>documentation_version</c> argument.</summary>
    [Input("documentation_version")]
    public Input<string>? DocumentationVersion { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The REST API's id.</summary>
    [Input("rest_api_id", Pulumi = "restApi")]
    public required Input<string> RestApiId { get; init; }

    /// <summary>The stage name.</summary>
    [Input("stage_name")]
    public required string StageName { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>variables</c> argument.</summary>
    [Input("variables")]
    public IReadOnlyDictionary<string, string>? Variables { get; init; }

    /// <summary>Trace requests end to end with X-Ray.</summary>
    [Input("xray_tracing_enabled")]
    public bool? XrayTracingEnabled { get; init; }
}

/// <summary>Where and how access logs are written; none by default.</summary>
public sealed partial record ApiGatewayAccessLogSettings
{
    /// <summary>The log group's ARN.</summary>
    [Input("destination_arn")]
    public required Input<string> DestinationArn { get; init; }

    /// <summary>The log line format (JSON here).</summary>
    [Input("format")]
    public required string Format { get; init; }
}

/// <summary>A <c>canary_settings</c> block.</summary>
public sealed partial record ApiGatewayStageCanarySettings
{
    /// <summary>The <c>deployment_id</c> argument.</summary>
    [Input("deployment_id")]
    public required Input<string> DeploymentId { get; init; }

    /// <summary>The <c>percent_traffic</c> argument.</summary>
    [Input("percent_traffic")]
    public int? PercentTraffic { get; init; }

    /// <summary>The <c>stage_variable_overrides</c> argument.</summary>
    [Input("stage_variable_overrides")]
    public IReadOnlyDictionary<string, string>? StageVariableOverrides { get; init; }

    /// <summary>The <c>use_stage_cache</c> argument.</summary>
    [Input("use_stage_cache")]
    public bool? UseStageCache { get; init; }
}
