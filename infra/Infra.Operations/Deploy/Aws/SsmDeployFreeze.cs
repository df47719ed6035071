using Amazon;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace Infra.Deploy.Aws;

/// <summary>The deploy freeze in SSM Parameter Store, through the AWS SDK (endpoint overrides honoured by the SDK).</summary>
public sealed class SsmDeployFreeze : IDeployFreeze
{
    // The SDK does its own retries: these declare the IAM action of each call and name it in errors.
    private static readonly AwsOperation GetParameter = AwsOperation.Read("SSM", "GetParameter", "ssm:GetParameter");
    private static readonly AwsOperation PutParameter = AwsOperation.IdempotentWrite("SSM", "PutParameter", "ssm:PutParameter");
    private static readonly AwsOperation DeleteParameter = AwsOperation.IdempotentWrite("SSM", "DeleteParameter", "ssm:DeleteParameter");
    private readonly AwsCredentialSource credentials;

    /// <summary>Creates the adapter.</summary>
    public SsmDeployFreeze(AwsCredentialSource credentials)
    {
        this.credentials = credentials;
    }

    /// <inheritdoc/>
    public async Task<string?> GetReasonAsync(StackTarget target, CancellationToken cancellationToken)
    {
        using var client = Client(target);
        try
        {
            var response = await client.GetParameterAsync(new GetParameterRequest { Name = IDeployFreeze.ParameterName(target) }, cancellationToken).ConfigureAwait(false);
            return response.Parameter?.Value
                ?? throw AwsErrors.CallFailed(GetParameter.Service, GetParameter.Name, IDeployFreeze.ParameterName(target), "the answer is malformed (no Parameter.Value); check that the endpoint is SSM (AWS_ENDPOINT_URL_SSM, AWS_ENDPOINT_URL)");
        }
        catch (ParameterNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (AwsErrors.IsSdkFailure(e) && !cancellationToken.IsCancellationRequested)
        {
            throw AwsErrors.FromSdk(GetParameter.Service, GetParameter.Name, IDeployFreeze.ParameterName(target), e);
        }
    }

    /// <inheritdoc/>
    public async Task SetAsync(StackTarget target, string reason, CancellationToken cancellationToken)
    {
        using var client = Client(target);
        try
        {
            await client.PutParameterAsync(new PutParameterRequest
            {
                Name = IDeployFreeze.ParameterName(target),
                Value = reason,
                Type = ParameterType.String,
                Overwrite = true,
                Description = "Deploy freeze: infra deploy and promote refuse while this parameter exists. Lift with infra unfreeze.",
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (AwsErrors.IsSdkFailure(e) && !cancellationToken.IsCancellationRequested)
        {
            throw AwsErrors.FromSdk(PutParameter.Service, PutParameter.Name, IDeployFreeze.ParameterName(target), e);
        }
    }

    /// <inheritdoc/>
    public async Task ClearAsync(StackTarget target, CancellationToken cancellationToken)
    {
        using var client = Client(target);
        try
        {
            await client.DeleteParameterAsync(new DeleteParameterRequest { Name = IDeployFreeze.ParameterName(target) }, cancellationToken).ConfigureAwait(false);
        }
        catch (ParameterNotFoundException)
        {
            // Not frozen: unfreezing is idempotent.
        }
        catch (Exception e) when (AwsErrors.IsSdkFailure(e) && !cancellationToken.IsCancellationRequested)
        {
            throw AwsErrors.FromSdk(DeleteParameter.Service, DeleteParameter.Name, IDeployFreeze.ParameterName(target), e);
        }
    }

    private AmazonSimpleSystemsManagementClient Client(StackTarget target)
    {
        var config = new AmazonSimpleSystemsManagementConfig
        {
            RegionEndpoint = RegionEndpoint.GetBySystemName(target.Region),
            AuthenticationRegion = target.Region,
            Timeout = ExternalCallSettings.FromEnvironment().AttemptTimeout,
        };
        return new AmazonSimpleSystemsManagementClient(credentials.Resolve(target.Stack, config), config);
    }
}
