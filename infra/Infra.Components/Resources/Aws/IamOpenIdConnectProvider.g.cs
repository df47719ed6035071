// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_iam_openid_connect_provider) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An IAM OpenID Connect identity provider (<c>aws_iam_openid_connect_provider</c>).</summary>
public sealed class IamOpenIdConnectProvider : CustomResource<IamOpenIdConnectProviderArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public IamOpenIdConnectProvider(string name, IamOpenIdConnectProviderArgs args, ResourceOptions? options = null)
        : base("aws_iam_openid_connect_provider", "aws:iam/openIdConnectProvider:OpenIdConnectProvider", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");
}

/// <summary>Inputs of <see cref="IamOpenIdConnectProvider"/>.</summary>
public sealed partial record IamOpenIdConnectProviderArgs
{
    /// <summary>The audiences accepted.</summary>
    [Input("client_id_list", Pulumi = "clientIdLists")]
    public required IReadOnlyList<string> ClientIdList { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>thumbprint_list</c> argument.</summary>
    [Input("thumbprint_list", Pulumi = "thumbprintLists")]
    public IReadOnlyList<string>? ThumbprintLists { get; init; }

    /// <summary>The issuer URL.</summary>
    [Input("url")]
    public required string Url { get; init; }
}
