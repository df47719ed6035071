using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace Infra.Deploy.Aws;

/// <summary>
/// STS GetCallerIdentity through the AWS SDK. The client is built from the region alone, so the SDK applies its own
/// configuration: the credential chain and the <c>AWS_ENDPOINT_URL</c>/<c>AWS_ENDPOINT_URL_STS</c> overrides.
/// </summary>
public sealed class StsAccountIdentity : IAccountIdentity
{
    // No IAM policy can allow or deny this call (AWS documents that it needs no permission); declared for completeness.
    private static readonly AwsOperation GetCallerIdentity = AwsOperation.Read("STS", "GetCallerIdentity", "sts:GetCallerIdentity");
    private readonly AwsCredentialSource credentials;
    private readonly string stack;

    /// <summary>Creates the adapter; <paramref name="stack"/> only names the stack in error messages.</summary>
    public StsAccountIdentity(AwsCredentialSource credentials, string stack)
    {
        this.credentials = credentials;
        this.stack = stack;
    }

    /// <inheritdoc/>
    public async Task<CallerIdentity> GetCallerIdentityAsync(string region, CancellationToken cancellationToken)
    {
        // SDK v4 calls the regional STS endpoint by default; the regional endpoint (not the global one) is what makes a disabled opt-in region fail here.
        var config = new AmazonSecurityTokenServiceConfig
        {
            RegionEndpoint = RegionEndpoint.GetBySystemName(region),

            // With an endpoint override the SDK would sign for us-east-1; the stack's region is what STS must see.
            AuthenticationRegion = region,
            MaxErrorRetry = 1,
            Timeout = ExternalCallSettings.FromEnvironment().AttemptTimeout,
        };
        var resolved = credentials.Resolve(stack, config);
        using var client = new AmazonSecurityTokenServiceClient(resolved, config);
        try
        {
            var response = await client.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken).ConfigureAwait(false);

            // Without an account there is nothing to compare: that is a broken answer, not credentials of another account.
            return string.IsNullOrEmpty(response.Account)
                ? throw AwsErrors.CallFailed(GetCallerIdentity.Service, GetCallerIdentity.Name, region, "the answer is malformed (no Account); check that the endpoint is STS (AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL)")
                : new CallerIdentity(response.Account, response.Arn, response.UserId);
        }
        catch (AmazonServiceException e) when (e.StatusCode is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError)
        {
            throw new StsRefusedException(e.ErrorCode ?? e.StatusCode.ToString(), e.Message, e);
        }
        catch (Exception e) when (AwsErrors.IsSdkFailure(e) && !cancellationToken.IsCancellationRequested)
        {
            throw AwsErrors.FromSdk(GetCallerIdentity.Service, GetCallerIdentity.Name, region, e);
        }
    }
}
