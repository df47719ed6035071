namespace Infra.Model;

/// <summary>
/// Where a root keeps its Terraform state: an S3 bucket with a DynamoDB lock table, written literally into the
/// <c>backend "s3"</c> block (backend blocks take no variables).
/// </summary>
/// <param name="Bucket">The state bucket's name.</param>
/// <param name="Key">The state object's key.</param>
/// <param name="Region">The bucket's region.</param>
/// <param name="LockTable">The DynamoDB lock table's name.</param>
/// <param name="AccountId">The only account whose credentials the backend accepts.</param>
/// <param name="KmsKeyAlias">The state key's alias name, without <c>alias/</c>: the key the backend encrypts the state with.</param>
public sealed record TerraformBackend(string Bucket, string Key, string Region, string LockTable, string AccountId, string KmsKeyAlias)
{
    /// <summary>The lock table's ARN, as IAM evaluates requests on it.</summary>
    public string LockTableArn => $"arn:aws:dynamodb:{Region}:{AccountId}:table/{LockTable}";

    /// <summary>
    /// The state key's alias ARN, the backend's <c>kms_key_id</c>: a literal known before the key exists (a key ARN is
    /// not), and the value Terraform sends as <c>x-amz-server-side-encryption-aws-kms-key-id</c> on every put.
    /// </summary>
    public string KmsKeyAliasArn => $"arn:aws:kms:{Region}:{AccountId}:alias/{KmsKeyAlias}";
}
