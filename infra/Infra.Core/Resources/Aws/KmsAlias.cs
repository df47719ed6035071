using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A KMS key alias (<c>aws_kms_alias</c>).</summary>
public sealed class KmsAlias : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public KmsAlias(string name, KmsAliasArgs args, ResourceOptions? options = null)
        : base("aws_kms_alias", "aws:kms/alias:Alias", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new KmsAliasArgs Args { get; }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");
}
