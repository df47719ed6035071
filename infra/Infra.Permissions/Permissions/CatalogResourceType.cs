namespace Infra.Permissions;

/// <summary>One resource type an IAM action can be granted on, as the AWS service authorization reference lists it.</summary>
/// <param name="Name">The reference's name for the type, e.g. <c>object</c> or <c>accesspointobject</c>.</param>
/// <param name="ArnPattern">Its ARN pattern with AWS's <c>${Partition}</c>-style variables.</param>
/// <param name="Required">True when the action always involves a resource of this type (an asterisk in the reference).</param>
public sealed record CatalogResourceType(string Name, string ArnPattern, bool Required)
{
    /// <summary>
    /// True when the type names another resource through an access point or an alias (an S3 access point, a KMS alias):
    /// a grant written for the resource itself does not use it, so it is no first suggestion for narrowing a grant.
    /// </summary>
    public bool Indirect =>
        Name.Contains("accesspoint", StringComparison.OrdinalIgnoreCase)
        || Name.Contains("access-point", StringComparison.OrdinalIgnoreCase)
        || Name.Contains("alias", StringComparison.OrdinalIgnoreCase);
}
