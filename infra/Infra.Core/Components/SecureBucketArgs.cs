using Infra.Model;

namespace Infra.Components;

/// <summary>Arguments of <see cref="SecureBucket"/>.</summary>
public sealed record SecureBucketArgs
{
    /// <summary>The bucket's name (globally unique, 3-63 lower-case characters).</summary>
    public required string BucketName { get; init; }

    /// <summary>The ARN of the customer-managed key for default encryption.</summary>
    public required Output<string> KmsKeyArn { get; init; }

    /// <summary>
    /// The alias ARN of <see cref="KmsKeyArn"/>, when writers may use no other encryption: the bucket policy then refuses
    /// a put that asks for another algorithm or another key. Null: a put may choose its own encryption.
    /// </summary>
    public string? EnforcedKeyAliasArn { get; init; }

    /// <summary>Keep every version of every object. Default true: state and templates must survive an overwrite.</summary>
    public bool Versioned { get; init; } = true;

    /// <summary>Protect the bucket from deletion. Default false; true in prod.</summary>
    public bool Protect { get; init; }
}
