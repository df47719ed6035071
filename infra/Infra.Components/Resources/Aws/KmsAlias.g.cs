// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_kms_alias) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A KMS key alias (<c>aws_kms_alias</c>).</summary>
public sealed class KmsAlias : CustomResource<KmsAliasArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public KmsAlias(string name, KmsAliasArgs args, ResourceOptions? options = null)
        : base("aws_kms_alias", "aws:kms/alias:Alias", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>target_key_arn</c> attribute.</summary>
    public Output<string> TargetKeyArn => Attribute("target_key_arn");
}

/// <summary>Inputs of <see cref="KmsAlias"/>.</summary>
public sealed partial record KmsAliasArgs
{
    /// <summary>The alias, starting with <c>alias/</c>.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The <c>name_prefix</c> argument.</summary>
    [Input("name_prefix")]
    public Input<string>? NamePrefix { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The key the alias points to.</summary>
    [Input("target_key_id")]
    public required Input<string> TargetKeyId { get; init; }
}
