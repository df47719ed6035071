using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>server_side_encryption</c> block.</summary>
public sealed record DynamoDbServerSideEncryption
{
    /// <summary>True to use a KMS key (the customer-managed one given, or the AWS-managed one).</summary>
    [Input("enabled")]
    public bool Enabled { get; init; } = true;

    /// <summary>The customer-managed key's ARN.</summary>
    [Input("kms_key_arn")]
    public Input<string>? KmsKeyArn { get; init; }
}
