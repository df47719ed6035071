// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_api_gateway_method_settings) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Logging, metrics and throttling of a stage's methods (<c>aws_api_gateway_method_settings</c>).</summary>
public sealed class ApiGatewayMethodSettings : CustomResource<ApiGatewayMethodSettingsArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public ApiGatewayMethodSettings(string name, ApiGatewayMethodSettingsArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_method_settings", "aws:apigateway/methodSettings:MethodSettings", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="ApiGatewayMethodSettings"/>.</summary>
public sealed partial record ApiGatewayMethodSettingsArgs
{
    /// <summary><c>{resource_path}/{http_method}</c>, or <c>*/*</c> for every method.</summary>
    [Input("method_path")]
    public required string MethodPath { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The REST API's id.</summary>
    [Input("rest_api_id", Pulumi = "restApi")]
    public required Input<string> RestApiId { get; init; }

    /// <summary>The settings.</summary>
    [Input("settings")]
    public required ApiGatewayMethodSettingsValues Settings { get; init; }

    /// <summary>The stage's name.</summary>
    [Input("stage_name")]
    public required Input<string> StageName { get; init; }
}

/// <summary>The settings.</summary>
public sealed partial record ApiGatewayMethodSettingsValues
{
    /// <summary>The <c>cache_data_encrypted</c> argument.</summary>
    [Input("cache_data_encrypted")]
    public bool? CacheDataEncrypted { get; init; }

    /// <summary>The <c>cache_ttl_in_seconds</c> argument.</summary>
    [Input("cache_ttl_in_seconds")]
    public int? CacheTtlInSeconds { get; init; }

    /// <summary>The <c>caching_enabled</c> argument.</summary>
    [Input("caching_enabled")]
    public bool? CachingEnabled { get; init; }

    /// <summary>Full request and response bodies in the execution logs (they may hold customer data).</summary>
    [Input("data_trace_enabled")]
    public bool? DataTraceEnabled { get; init; }

    /// <summary><c>OFF</c>, <c>ERROR</c> or <c>INFO</c>; logging needs the account-level CloudWatch role.</summary>
    [Input("logging_level")]
    public string? LoggingLevel { get; init; }

    /// <summary>Per-method CloudWatch metrics.</summary>
    [Input("metrics_enabled")]
    public bool? MetricsEnabled { get; init; }

    /// <summary>The <c>require_authorization_for_cache_control</c> argument.</summary>
    [Input("require_authorization_for_cache_control")]
    public bool? RequireAuthorizationForCacheControl { get; init; }

    /// <summary>Requests allowed in a burst.</summary>
    [Input("throttling_burst_limit")]
    public int? ThrottlingBurstLimit { get; init; }

    /// <summary>Steady requests per second.</summary>
    [Input("throttling_rate_limit")]
    public double? ThrottlingRateLimit { get; init; }

    /// <summary>The <c>unauthorized_cache_control_header_strategy</c> argument.</summary>
    [Input("unauthorized_cache_control_header_strategy")]
    public Input<string>? UnauthorizedCacheControlHeaderStrategy { get; init; }
}
