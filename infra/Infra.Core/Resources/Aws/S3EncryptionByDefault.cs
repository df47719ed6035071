using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>apply_server_side_encryption_by_default</c> block.</summary>
public sealed record S3EncryptionByDefault
{
    /// <summary><c>aws:kms</c> (with a customer-managed key) or <c>AES256</c>.</summary>
    [Input("sse_algorithm")]
    public required string SseAlgorithm { get; init; }

    /// <summary>The KMS key ARN; required with <c>aws:kms</c> for a customer-managed key.</summary>
    [Input("kms_master_key_id")]
    public Input<string>? KmsMasterKeyId { get; init; }
}
