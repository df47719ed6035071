using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace Infra.Deploy.Aws;

/// <summary>
/// Resolves AWS credentials through the SDK's standard chain (environment, profiles, web identity, container and
/// instance metadata), unless a fixed set is given (a test); a chain that finds nothing becomes an exit-3 error.
/// </summary>
public sealed class AwsCredentialSource
{
    private readonly AWSCredentials? fixedCredentials;

    /// <summary>Uses <paramref name="fixedCredentials"/> when given, otherwise the SDK's default chain.</summary>
    public AwsCredentialSource(AWSCredentials? fixedCredentials = null)
    {
        this.fixedCredentials = fixedCredentials;
    }

    /// <summary>The credentials to sign with for <paramref name="stack"/>.</summary>
    public AWSCredentials Resolve(string stack, IClientConfig? config = null)
    {
        if (fixedCredentials is not null)
        {
            return fixedCredentials;
        }

        try
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials(config);
        }
        catch (AmazonClientException)
        {
            throw AwsErrors.NoCredentials(stack);
        }
    }

    /// <summary>Resolved key material, for the requests this program signs itself; a cancelled token stops the wait.</summary>
    public async Task<ImmutableCredentials> ResolveImmutableAsync(string stack, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var credentials = Resolve(stack);
        try
        {
            // The SDK's credential resolution takes no token: a cancelled caller stops waiting for it.
            return await credentials.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonClientException)
        {
            throw AwsErrors.NoCredentials(stack);
        }
    }
}
