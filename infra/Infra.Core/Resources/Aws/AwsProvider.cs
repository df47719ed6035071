using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The AWS provider of one stack: its region and the one account it accepts.</summary>
public sealed class AwsProvider : ProviderResource
{
    /// <summary>Registers the provider.</summary>
    public AwsProvider(string name, AwsProviderArgs args, ResourceOptions? options = null)
        : base("aws", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed settings.</summary>
    public new AwsProviderArgs Args { get; }

    /// <inheritdoc />
    public override string TerraformSource => "hashicorp/aws";

    /// <inheritdoc />
    public override string TerraformVersion => "~> 6.25";
}
