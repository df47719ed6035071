using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>dkim_signing_attributes</c> block of an SES v2 email identity.</summary>
public sealed record SesV2DkimSigningAttributes
{
    /// <summary>Default <c>RSA_2048_BIT</c>: the strongest Easy DKIM key.</summary>
    [Input("next_signing_key_length")]
    public string NextSigningKeyLength { get; init; } = "RSA_2048_BIT";
}
