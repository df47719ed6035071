// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_sesv2_email_identity) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An SES v2 email identity (a domain or an address) (<c>aws_sesv2_email_identity</c>).</summary>
public sealed class SesV2EmailIdentity : CustomResource<SesV2EmailIdentityArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public SesV2EmailIdentity(string name, SesV2EmailIdentityArgs args, ResourceOptions? options = null)
        : base("aws_sesv2_email_identity", "aws:sesv2/emailIdentity:EmailIdentity", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>dkim_signing_attributes[0].tokens</c> attribute.</summary>
    public Output<string> DkimTokens => Attribute("dkim_signing_attributes[0].tokens", "dkimSigningAttributes.tokens");

    /// <summary>The <c>identity_type</c> attribute.</summary>
    public Output<string> IdentityType => Attribute("identity_type");

    /// <summary>The <c>verification_status</c> attribute.</summary>
    public Output<string> VerificationStatus => Attribute("verification_status");
}

/// <summary>Inputs of <see cref="SesV2EmailIdentity"/>.</summary>
public sealed partial record SesV2EmailIdentityArgs
{
    /// <summary>The <c>configuration_set_name</c> argument.</summary>
    [Input("configuration_set_name")]
    public Input<string>? ConfigurationSetName { get; init; }

    /// <summary>DKIM signing: Easy DKIM unless a key of your own is given.</summary>
    [Input("dkim_signing_attributes")]
    public SesV2DkimSigningAttributes? DkimSigningAttributes { get; init; }

    /// <summary>The domain (or address) that sends.</summary>
    [Input("email_identity")]
    public required string EmailIdentity { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }
}

/// <summary>DKIM signing: Easy DKIM unless a key of your own is given.</summary>
public sealed partial record SesV2DkimSigningAttributes
{
    /// <summary>The <c>domain_signing_private_key</c> argument.</summary>
    [Input("domain_signing_private_key")]
    public Input<string>? DomainSigningPrivateKey { get; init; }

    /// <summary>The <c>domain_signing_selector</c> argument.</summary>
    [Input("domain_signing_selector")]
    public Input<string>? DomainSigningSelector { get; init; }

    /// <summary><c>RSA_1024_BIT</c> or <c>RSA_2048_BIT</c>, for Easy DKIM.</summary>
    [Input("next_signing_key_length")]
    public string? NextSigningKeyLength { get; init; }
}
