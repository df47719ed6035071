namespace Infra.Deploy.Aws;

/// <summary>STS answered with a client error: the credentials are invalid, expired, or not valid in that region.</summary>
public sealed class StsRefusedException : InfraException
{
    /// <summary>Creates the error from STS's code and message.</summary>
    public StsRefusedException(string code, string detail, Exception? inner = null)
        : base($"STS refused the credentials ({code}: {detail})", ExitCodes.EnvironmentRefused, inner)
    {
        Code = code;
        Detail = detail;
    }

    /// <summary>STS's error code, e.g. <c>InvalidClientTokenId</c>.</summary>
    public string Code { get; }

    /// <summary>STS's error message.</summary>
    public string Detail { get; }
}
