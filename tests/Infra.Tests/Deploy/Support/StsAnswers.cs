namespace Infra.Tests.Deploy.Support;

/// <summary>What a stand-in STS answers.</summary>
internal static class StsAnswers
{
    /// <summary>GetCallerIdentity for CI's role in dev's account (536580886816), so a verb passes its account check.</summary>
    public const string DevCallerIdentity = """
        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <GetCallerIdentityResult><Arn>arn:aws:sts::536580886816:assumed-role/deploy/ci</Arn><UserId>AROAEXAMPLE:ci</UserId><Account>536580886816</Account></GetCallerIdentityResult>
          <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
        </GetCallerIdentityResponse>
        """;
}
