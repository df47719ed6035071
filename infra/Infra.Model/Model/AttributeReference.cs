namespace Infra.Model;

/// <summary>An attribute of another resource, e.g. a role's ARN.</summary>
/// <param name="Resource">The resource whose attribute is read.</param>
/// <param name="TerraformAttribute">The attribute's Terraform name (<c>invoke_arn</c>).</param>
/// <param name="PulumiAttribute">The attribute's Pulumi output name (<c>invokeArn</c>).</param>
public sealed record AttributeReference(CustomResource Resource, string TerraformAttribute, string PulumiAttribute) : Expression;
