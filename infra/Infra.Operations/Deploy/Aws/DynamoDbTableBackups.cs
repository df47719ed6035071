using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Infra.Deploy.Aws;

/// <summary>DynamoDB on-demand backups through the AWS SDK.</summary>
public sealed class DynamoDbTableBackups : ITableBackups
{
    // The SDK does its own retries: this declares the call's IAM action and names it in errors.
    private static readonly AwsOperation CreateBackup = AwsOperation.SentOnce("DynamoDB", "CreateBackup", "dynamodb:CreateBackup",
        "list the table's backups with 'aws dynamodb list-backups --table-name <table>'");
    private readonly AwsCredentialSource credentials;
    private readonly StackTarget target;

    /// <summary>Creates the adapter for the stack's account and region.</summary>
    public DynamoDbTableBackups(AwsCredentialSource credentials, StackTarget target)
    {
        this.credentials = credentials;
        this.target = target;
    }

    /// <inheritdoc/>
    public async Task<string> CreateBackupAsync(string table, string backupName, CancellationToken cancellationToken)
    {
        var config = new AmazonDynamoDBConfig
        {
            RegionEndpoint = RegionEndpoint.GetBySystemName(target.Region),
            AuthenticationRegion = target.Region,
            Timeout = ExternalCallSettings.FromEnvironment().AttemptTimeout,
        };
        using var client = new AmazonDynamoDBClient(credentials.Resolve(target.Stack, config), config);
        try
        {
            var response = await client.CreateBackupAsync(new CreateBackupRequest { TableName = table, BackupName = backupName }, cancellationToken).ConfigureAwait(false);
            return response.BackupDetails.BackupArn;
        }
        catch (Exception e) when (AwsErrors.IsSdkFailure(e) && !cancellationToken.IsCancellationRequested)
        {
            throw AwsErrors.CallFailed(CreateBackup.Service, CreateBackup.Name, table, $"{AwsErrors.SdkDetail(e)}; nothing was applied", e);
        }
    }
}
