// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_wafv2_web_acl_logging_configuration) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Sends a WAFv2 web ACL's request logs to a destination (a CloudWatch Logs group named <c>aws-waf-logs-*</c>, a Firehose stream or a bucket) (<c>aws_wafv2_web_acl_logging_configuration</c>).</summary>
public sealed class Wafv2WebAclLoggingConfiguration : CustomResource<Wafv2WebAclLoggingConfigurationArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public Wafv2WebAclLoggingConfiguration(string name, Wafv2WebAclLoggingConfigurationArgs args, ResourceOptions? options = null)
        : base("aws_wafv2_web_acl_logging_configuration", "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="Wafv2WebAclLoggingConfiguration"/>.</summary>
public sealed partial record Wafv2WebAclLoggingConfigurationArgs
{
    /// <summary>The one destination's ARN; a log group's must be named <c>aws-waf-logs-*</c>.</summary>
    [Input("log_destination_configs")]
    public required IReadOnlyList<Input<string>> LogDestinationConfigs { get; init; }

    /// <summary>The <c>logging_filter</c> block.</summary>
    [Input("logging_filter")]
    public Wafv2WebAclLoggingConfigurationLoggingFilter? LoggingFilter { get; init; }

    /// <summary>The <c>redacted_fields</c> blocks.</summary>
    [Input("redacted_fields")]
    public IReadOnlyList<Wafv2WebAclLoggingConfigurationRedactedFields>? RedactedFields { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The web ACL's ARN.</summary>
    [Input("resource_arn")]
    public required Input<string> ResourceArn { get; init; }
}

/// <summary>A <c>action_condition</c> block.</summary>
public sealed partial record Wafv2WebAclLoggingConfigurationLoggingFilterFilterConditionActionCondition
{
    /// <summary>The <c>action</c> argument.</summary>
    [Input("action")]
    public required Input<string> Action { get; init; }
}

/// <summary>A <c>label_name_condition</c> block.</summary>
public sealed partial record Wafv2WebAclLoggingConfigurationLoggingFilterFilterConditionLabelNameCondition
{
    /// <summary>The <c>label_name</c> argument.</summary>
    [Input("label_name")]
    public required Input<string> LabelName { get; init; }
}

/// <summary>A <c>condition</c> block.</summary>
public sealed partial record Wafv2WebAclLoggingConfigurationLoggingFilterFilterCondition
{
    /// <summary>The <c>action_condition</c> block.</summary>
    [Input("action_condition")]
    public Wafv2WebAclLoggingConfigurationLoggingFilterFilterConditionActionCondition? ActionCondition { get; init; }

    /// <summary>The <c>label_name_condition</c> block.</summary>
    [Input("label_name_condition")]
    public Wafv2WebAclLoggingConfigurationLoggingFilterFilterConditionLabelNameCondition? LabelNameCondition { get; init; }
}

/// <summary>A <c>filter</c> block.</summary>
public sealed partial record Wafv2WebAclLoggingConfigurationLoggingFilterFilter
{
    /// <summary>The <c>behavior</c> argument.</summary>
    [Input("behavior")]
    public required Input<string> Behavior { get; init; }

    /// <summary>The <c>condition</c> blocks.</summary>
    [Input("condition", Pulumi = "conditions")]
    public required IReadOnlyList<Wafv2WebAclLoggingConfigurationLoggingFilterFilterCondition> Conditions { get; init; }

    /// <summary>The <c>requirement</c> argument.</summary>
    [Input("requirement")]
    public required Input<string> Requirement { get; init; }
}

/// <summary>A <c>logging_filter</c> block.</summary>
public sealed partial record Wafv2WebAclLoggingConfigurationLoggingFilter
{
    /// <summary>The <c>default_behavior</c> argument.</summary>
    [Input("default_behavior")]
    public required Input<string> DefaultBehavior { get; init; }

    /// <summary>The <c>filter</c> blocks.</summary>
    [Input("filter", Pulumi = "filters")]
    public required IReadOnlyList<Wafv2WebAclLoggingConfigurationLoggingFilterFilter> Filters { get; init; }
}

/// <summary>A <c>method</c> block.</summary>
public sealed partial record Wafv2WebAclLoggingConfigurationRedactedFieldsMethod : IPropertySource
{
    /// <summary>An empty block: present, with no arguments.</summary>
    public PropertyValue ToPropertyValue() => new ObjectValue([]);
}

/// <summary>A <c>query_string</c> block.</summary>
public sealed partial record Wafv2WebAclLoggingConfigurationRedactedFieldsQueryString : IPropertySource
{
    /// <summary>An empty block: present, with no arguments.</summary>
    public PropertyValue ToPropertyValue() => new ObjectValue([]);
}

/// <summary>A <c>single_header</c> block.</summary>
public sealed partial record Wafv2WebAclLoggingConfigurationRedactedFieldsSingleHeader
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }
}

/// <summary>A <c>uri_path</c> block.</summary>
public sealed partial record Wafv2WebAclLoggingConfigurationRedactedFieldsUriPath : IPropertySource
{
    /// <summary>An empty block: present, with no arguments.</summary>
    public PropertyValue ToPropertyValue() => new ObjectValue([]);
}

/// <summary>A <c>redacted_fields</c> block.</summary>
public sealed partial record Wafv2WebAclLoggingConfigurationRedactedFields
{
    /// <summary>The <c>method</c> block.</summary>
    [Input("method")]
    public Wafv2WebAclLoggingConfigurationRedactedFieldsMethod? Method { get; init; }

    /// <summary>The <c>query_string</c> block.</summary>
    [Input("query_string")]
    public Wafv2WebAclLoggingConfigurationRedactedFieldsQueryString? QueryString { get; init; }

    /// <summary>The <c>single_header</c> block.</summary>
    [Input("single_header")]
    public Wafv2WebAclLoggingConfigurationRedactedFieldsSingleHeader? SingleHeader { get; init; }

    /// <summary>The <c>uri_path</c> block.</summary>
    [Input("uri_path")]
    public Wafv2WebAclLoggingConfigurationRedactedFieldsUriPath? UriPath { get; init; }
}
