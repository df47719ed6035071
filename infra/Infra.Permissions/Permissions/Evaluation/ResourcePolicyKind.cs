namespace Infra.Permissions;

/// <summary>What a resource policy is attached to, because AWS evaluates a KMS key policy differently.</summary>
public enum ResourcePolicyKind
{
    /// <summary>An S3 bucket policy: it protects the bucket and every object in it.</summary>
    S3Bucket,

    /// <summary>A KMS key policy: without it allowing (directly or by delegating to the account) nothing is allowed.</summary>
    KmsKey,

    /// <summary>Any other resource policy (an SQS queue, a Lambda function): it protects exactly its resource.</summary>
    Other,
}
