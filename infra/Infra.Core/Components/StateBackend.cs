using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// Where Terraform keeps a stack's state: a secure, versioned S3 bucket that accepts state encrypted with the state key
/// only, and a DynamoDB lock table (hash key
/// <c>LockID</c>, on demand, point-in-time recovery, encrypted, deletion protection always on: losing the lock
/// table mid-apply corrupts state).
/// </summary>
public sealed class StateBackend : ComponentResource
{
    /// <summary>Builds the bucket and the lock table.</summary>
    public StateBackend(string name, StateBackendArgs args, ResourceOptions? options = null)
        : base("bbws:state:StateBackend", name, options)
    {
        AwsNameLimits.DynamoDbTable(nameof(args.LockTableName), args.LockTableName);
        Bucket = new SecureBucket($"{name}-bucket", new SecureBucketArgs
        {
            BucketName = args.BucketName,
            KmsKeyArn = args.KmsKeyArn,
            EnforcedKeyAliasArn = args.KmsKeyAliasArn,
            Protect = args.Protect,
        }, ChildOptions());
        LockTable = new DynamoDbTable($"{name}-lock-table", new DynamoDbTableArgs
        {
            Name = args.LockTableName,
            BillingMode = "PAY_PER_REQUEST",
            HashKey = "LockID",
            Attributes = [new DynamoDbAttribute { Name = "LockID", Type = "S" }],
            DeletionProtectionEnabled = true,
            PointInTimeRecovery = new DynamoDbPointInTimeRecovery { Enabled = true },
            ServerSideEncryption = new DynamoDbServerSideEncryption { Enabled = true, KmsKeyArn = args.KmsKeyArn },
        }, ChildOptions(args.Protect));
    }

    /// <summary>The state bucket.</summary>
    public SecureBucket Bucket { get; }

    /// <summary>The lock table.</summary>
    public DynamoDbTable LockTable { get; }
}
