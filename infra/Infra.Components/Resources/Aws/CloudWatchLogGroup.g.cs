// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_cloudwatch_log_group) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A CloudWatch Logs log group (<c>aws_cloudwatch_log_group</c>).</summary>
public sealed class CloudWatchLogGroup : CustomResource<CloudWatchLogGroupArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public CloudWatchLogGroup(string name, CloudWatchLogGroupArgs args, ResourceOptions? options = null)
        : base("aws_cloudwatch_log_group", "aws:cloudwatch/logGroup:LogGroup", name, args, options)
    {
    }

    /// <inheritdoc />
    public override bool IsStateful => true;

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>name</c> attribute.</summary>
    public Output<string> LogGroupName => Attribute("name");
}

/// <summary>Inputs of <see cref="CloudWatchLogGroup"/>.</summary>
public sealed partial record CloudWatchLogGroupArgs
{
    /// <summary>The <c>deletion_protection_enabled</c> argument.</summary>
    [Input("deletion_protection_enabled")]
    public bool? DeletionProtectionEnabled { get; init; }

    /// <summary>The KMS key ARN that encrypts the log events; default: CloudWatch's own encryption.</summary>
    [Input("kms_key_id")]
    public Input<string>? KmsKeyId { get; init; }

    /// <summary>The <c>log_group_class</c> argument.</summary>
    [Input("log_group_class")]
    public Input<string>? LogGroupClass { get; init; }

    /// <summary>The log group name, e.g. <c>/aws/lambda/&lt;function&gt;</c>.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }

    /// <summary>The <c>name_prefix</c> argument.</summary>
    [Input("name_prefix")]
    public Input<string>? NamePrefix { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>How long events are kept; required so that logs never grow unbounded.</summary>
    [Input("retention_in_days")]
    public int? RetentionInDays { get; init; }

    /// <summary>The <c>skip_destroy</c> argument.</summary>
    [Input("skip_destroy")]
    public bool? SkipDestroy { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }
}
