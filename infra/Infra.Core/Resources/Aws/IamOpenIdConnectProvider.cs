using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An IAM OpenID Connect identity provider (<c>aws_iam_openid_connect_provider</c>).</summary>
public sealed class IamOpenIdConnectProvider : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public IamOpenIdConnectProvider(string name, IamOpenIdConnectProviderArgs args, ResourceOptions? options = null)
        : base("aws_iam_openid_connect_provider", "aws:iam/openIdConnectProvider:OpenIdConnectProvider", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new IamOpenIdConnectProviderArgs Args { get; }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");
}
