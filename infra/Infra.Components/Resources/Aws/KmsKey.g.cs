// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_kms_key) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A customer-managed KMS key (<c>aws_kms_key</c>).</summary>
public sealed class KmsKey : CustomResource<KmsKeyArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public KmsKey(string name, KmsKeyArgs args, ResourceOptions? options = null)
        : base("aws_kms_key", "aws:kms/key:Key", name, args, options)
    {
    }

    /// <inheritdoc />
    public override bool IsStateful => true;

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>key_id</c> attribute.</summary>
    public Output<string> KeyId => Attribute("key_id");
}

/// <summary>Inputs of <see cref="KmsKey"/>.</summary>
public sealed partial record KmsKeyArgs
{
    /// <summary>The <c>bypass_policy_lockout_safety_check</c> argument.</summary>
    [Input("bypass_policy_lockout_safety_check")]
    public bool? BypassPolicyLockoutSafetyCheck { get; init; }

    /// <summary>The <c>custom_key_store_id</c> argument.</summary>
    [Input("custom_key_store_id")]
    public Input<string>? CustomKeyStoreId { get; init; }

    /// <summary>The <c>customer_master_key_spec</c> argument.</summary>
    [Input("customer_master_key_spec")]
    public Input<string>? CustomerMasterKeySpec { get; init; }

    /// <summary>Days between scheduling deletion and deleting, 7 to 30 (30 when unset).</summary>
    [Input("deletion_window_in_days")]
    public int? DeletionWindowInDays { get; init; }

    /// <summary>What the key protects.</summary>
    [Input("description")]
    public required string Description { get; init; }

    /// <summary>AWS rotates the key material yearly; off when unset.</summary>
    [Input("enable_key_rotation")]
    public bool? EnableKeyRotation { get; init; }

    /// <summary>The <c>is_enabled</c> argument.</summary>
    [Input("is_enabled")]
    public bool? IsEnabled { get; init; }

    /// <summary>The <c>key_usage</c> argument.</summary>
    [Input("key_usage")]
    public Input<string>? KeyUsage { get; init; }

    /// <summary>The <c>multi_region</c> argument.</summary>
    [Input("multi_region")]
    public bool? MultiRegion { get; init; }

    /// <summary>The key policy; default: the account's policy (IAM decides).</summary>
    [Input("policy")]
    public PolicyDocument? Policy { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>rotation_period_in_days</c> argument.</summary>
    [Input("rotation_period_in_days")]
    public int? RotationPeriodInDays { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>timeouts</c> block.</summary>
    [Input("timeouts", TerraformOnly = true)]
    public KmsKeyTimeouts? Timeouts { get; init; }

    /// <summary>The <c>xks_key_id</c> argument.</summary>
    [Input("xks_key_id")]
    public Input<string>? XksKeyId { get; init; }
}

/// <summary>A <c>timeouts</c> block.</summary>
public sealed partial record KmsKeyTimeouts
{
    /// <summary>The <c>create</c> argument.</summary>
    [Input("create", TerraformOnly = true)]
    public Input<string>? Create { get; init; }
}
