using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An SES v2 email identity (a domain or an address) (<c>aws_sesv2_email_identity</c>).</summary>
public sealed class SesV2EmailIdentity : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public SesV2EmailIdentity(string name, SesV2EmailIdentityArgs args, ResourceOptions? options = null)
        : base("aws_sesv2_email_identity", "aws:sesv2/emailIdentity:EmailIdentity", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new SesV2EmailIdentityArgs Args { get; }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The Easy DKIM tokens: the DNS owner publishes one CNAME per token.</summary>
    public Output<string> DkimTokens => Attribute("dkim_signing_attributes[0].tokens", "dkimSigningAttributes.tokens");
}
