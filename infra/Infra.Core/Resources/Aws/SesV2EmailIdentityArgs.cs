using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="SesV2EmailIdentity"/>.</summary>
public sealed record SesV2EmailIdentityArgs
{
    /// <summary>The domain (or address) that sends.</summary>
    [Input("email_identity")]
    public required string EmailIdentity { get; init; }

    /// <summary>DKIM signing; default Easy DKIM with AWS's default key length.</summary>
    [Input("dkim_signing_attributes")]
    public SesV2DkimSigningAttributes? DkimSigningAttributes { get; init; }
}
