namespace Infra.Model;

/// <summary>
/// The one version of a provider package every root runs: the Terraform provider (an exact version, so that
/// <c>required_providers</c> and the committed lock files agree) and the Pulumi plugin that bridges it.
/// </summary>
/// <param name="Package">The provider package: <c>aws</c>, <c>github</c>, <c>random</c>.</param>
/// <param name="TerraformSource">The Terraform source address, e.g. <c>hashicorp/aws</c>.</param>
/// <param name="TerraformVersion">The exact Terraform provider version, e.g. <c>6.25.0</c>.</param>
/// <param name="PulumiVersion">The exact Pulumi plugin version, e.g. <c>7.14.0</c>.</param>
public sealed record ProviderPin(string Package, string TerraformSource, string TerraformVersion, string PulumiVersion)
{
    /// <summary>The provider's address in a lock file, e.g. <c>registry.terraform.io/hashicorp/aws</c>.</summary>
    public string LockAddress => "registry.terraform.io/" + TerraformSource;
}
