namespace Infra.Plans;

/// <summary>
/// A protection that a resource had at the base revision and no longer has, while the resource itself stays:
/// the next destroy would no longer be stopped.
/// </summary>
/// <param name="Address">The Terraform address, or the Pulumi program's resource name.</param>
/// <param name="Lost">What was lost, e.g. <c>lifecycle.prevent_destroy = true removed</c>.</param>
public sealed record ProtectionLoss(string Address, string Lost);
