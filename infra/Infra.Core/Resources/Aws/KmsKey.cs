using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A customer-managed KMS key (<c>aws_kms_key</c>).</summary>
public sealed class KmsKey : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public KmsKey(string name, KmsKeyArgs args, ResourceOptions? options = null)
        : base("aws_kms_key", "aws:kms/key:Key", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new KmsKeyArgs Args { get; }

    /// <inheritdoc />
    public override bool IsStateful => true;

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>key_id</c> attribute.</summary>
    public Output<string> KeyId => Attribute("key_id");
}
