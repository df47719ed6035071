using Amazon.Runtime;
using Infra.Deploy.Aws;

namespace Infra.Tests.Deploy.Support;

/// <summary>The session credentials the AWS client tests sign with: fixed, so a request's signature shows their key id.</summary>
internal static class TestAwsCredentials
{
    /// <summary>A session credential source with key id <c>AKIDEXAMPLE</c>.</summary>
    public static AwsCredentialSource Session { get; } = new(new SessionAWSCredentials("AKIDEXAMPLE", "secret", "session-token"));
}
