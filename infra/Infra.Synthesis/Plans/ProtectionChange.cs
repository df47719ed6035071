namespace Infra.Plans;

/// <summary>
/// A protection of a resource that stays (not deleted) and that a change weakens or strengthens: Terraform's
/// <c>lifecycle.prevent_destroy</c>, Pulumi's <c>protect</c> or <c>retainOnDelete</c>, a DynamoDB table's deletion
/// protection, an S3 bucket's <c>force_destroy</c>.
/// </summary>
/// <param name="Address">The resource address (Terraform), or the resource's name or URN address (Pulumi).</param>
/// <param name="Description">What changed, e.g. <c>lifecycle.prevent_destroy = true removed</c>.</param>
/// <param name="Weakened">True when the change removes the protection (a destroy would no longer be stopped).</param>
public sealed record ProtectionChange(string Address, string Description, bool Weakened);
