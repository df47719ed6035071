using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// Where Terraform keeps a stack's state: a secure, versioned S3 bucket that accepts state encrypted with the state key
/// only and keeps replaced versions for <see cref="StateVersionDays"/> days (at least the <see cref="StateVersionsKept"/>
/// newest), and a DynamoDB lock table (hash key
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
            AccessLogBucket = args.AccessLogBucket,
            BucketSuppressions = args.BucketSuppressions,

            // Every apply writes a new state version: a broken state can be rolled back to any version of the last
            // 90 days, and to the 10 before the current one however old they are (a stack that rarely changes).
            NoncurrentVersionDays = StateVersionDays,
            NoncurrentVersionsKept = StateVersionsKept,
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

    /// <summary>Days a replaced state version stays recoverable.</summary>
    public const int StateVersionDays = 90;

    /// <summary>How many replaced state versions are kept whatever their age.</summary>
    public const int StateVersionsKept = 10;

    /// <summary>The state bucket.</summary>
    public SecureBucket Bucket { get; }

    /// <summary>The lock table.</summary>
    public DynamoDbTable LockTable { get; }
}
