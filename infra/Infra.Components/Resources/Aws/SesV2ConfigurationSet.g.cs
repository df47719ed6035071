// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_sesv2_configuration_set) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An SES v2 configuration set: the rules and event destinations of the mail sent with it (<c>aws_sesv2_configuration_set</c>).</summary>
public sealed class SesV2ConfigurationSet : CustomResource<SesV2ConfigurationSetArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public SesV2ConfigurationSet(string name, SesV2ConfigurationSetArgs args, ResourceOptions? options = null)
        : base("aws_sesv2_configuration_set", "aws:sesv2/configurationSet:ConfigurationSet", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>configuration_set_name</c> attribute.</summary>
    public Output<string> ConfigurationSetName => Attribute("configuration_set_name");
}

/// <summary>Inputs of <see cref="SesV2ConfigurationSet"/>.</summary>
public sealed partial record SesV2ConfigurationSetArgs
{
    /// <summary>The configuration set's name.</summary>
    [Input("configuration_set_name")]
    public required string ConfigurationSetName { get; init; }

    /// <summary>The <c>delivery_options</c> block.</summary>
    [Input("delivery_options")]
    public SesV2ConfigurationSetDeliveryOptions? DeliveryOptions { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>Reputation metrics of the mail sent with the set.</summary>
    [Input("reputation_options")]
    public SesV2ReputationOptions? ReputationOptions { get; init; }

    /// <summary>The <c>sending_options</c> block.</summary>
    [Input("sending_options")]
    public SesV2ConfigurationSetSendingOptions? SendingOptions { get; init; }

    /// <summary>The <c>suppression_options</c> block.</summary>
    [Input("suppression_options")]
    public SesV2ConfigurationSetSuppressionOptions? SuppressionOptions { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>tracking_options</c> block.</summary>
    [Input("tracking_options")]
    public SesV2ConfigurationSetTrackingOptions? TrackingOptions { get; init; }

    /// <summary>The <c>vdm_options</c> block.</summary>
    [Input("vdm_options")]
    public SesV2ConfigurationSetVdmOptions? VdmOptions { get; init; }
}

/// <summary>A <c>delivery_options</c> block.</summary>
public sealed partial record SesV2ConfigurationSetDeliveryOptions
{
    /// <summary>The <c>max_delivery_seconds</c> argument.</summary>
    [Input("max_delivery_seconds")]
    public int? MaxDeliverySeconds { get; init; }

    /// <summary>The <c>sending_pool_name</c> argument.</summary>
    [Input("sending_pool_name")]
    public Input<string>? SendingPoolName { get; init; }

    /// <summary>The <c>tls_policy</c> argument.</summary>
    [Input("tls_policy")]
    public Input<string>? TlsPolicy { get; init; }
}

/// <summary>Reputation metrics of the mail sent with the set.</summary>
public sealed partial record SesV2ReputationOptions
{
    /// <summary>Publish the set's bounce and complaint rates to CloudWatch.</summary>
    [Input("reputation_metrics_enabled")]
    public bool? ReputationMetricsEnabled { get; init; }
}

/// <summary>A <c>sending_options</c> block.</summary>
public sealed partial record SesV2ConfigurationSetSendingOptions
{
    /// <summary>The <c>sending_enabled</c> argument.</summary>
    [Input("sending_enabled")]
    public bool? SendingEnabled { get; init; }
}

/// <summary>A <c>suppression_options</c> block.</summary>
public sealed partial record SesV2ConfigurationSetSuppressionOptions
{
    /// <summary>The <c>suppressed_reasons</c> argument.</summary>
    [Input("suppressed_reasons")]
    public IReadOnlyList<string>? SuppressedReasons { get; init; }
}

/// <summary>A <c>tracking_options</c> block.</summary>
public sealed partial record SesV2ConfigurationSetTrackingOptions
{
    /// <summary>The <c>custom_redirect_domain</c> argument.</summary>
    [Input("custom_redirect_domain")]
    public required Input<string> CustomRedirectDomain { get; init; }

    /// <summary>The <c>https_policy</c> argument.</summary>
    [Input("https_policy")]
    public Input<string>? HttpsPolicy { get; init; }
}

/// <summary>A <c>dashboard_options</c> block.</summary>
public sealed partial record SesV2ConfigurationSetVdmOptionsDashboardOptions
{
    /// <summary>The <c>engagement_metrics</c> argument.</summary>
    [Input("engagement_metrics")]
    public Input<string>? EngagementMetrics { get; init; }
}

/// <summary>A <c>guardian_options</c> block.</summary>
public sealed partial record SesV2ConfigurationSetVdmOptionsGuardianOptions
{
    /// <summary>The <c>optimized_shared_delivery</c> argument.</summary>
    [Input("optimized_shared_delivery")]
    public Input<string>? OptimizedSharedDelivery { get; init; }
}

/// <summary>A <c>vdm_options</c> block.</summary>
public sealed partial record SesV2ConfigurationSetVdmOptions
{
    /// <summary>The <c>dashboard_options</c> block.</summary>
    [Input("dashboard_options")]
    public SesV2ConfigurationSetVdmOptionsDashboardOptions? DashboardOptions { get; init; }

    /// <summary>The <c>guardian_options</c> block.</summary>
    [Input("guardian_options")]
    public SesV2ConfigurationSetVdmOptionsGuardianOptions? GuardianOptions { get; init; }
}
