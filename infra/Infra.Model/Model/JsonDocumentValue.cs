namespace Infra.Model;

/// <summary>A JSON document (an IAM or bucket policy) that the engine serializes: Terraform <c>jsonencode</c>, Pulumi <c>fn::toJSON</c>.</summary>
/// <param name="Document">The document; its keys are verbatim.</param>
public sealed record JsonDocumentValue(PropertyValue Document) : PropertyValue;
