using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>
/// An IAM policy document as typed statements. Emitters render it with the engine's JSON function
/// (Terraform <c>jsonencode</c>, Pulumi <c>fn::toJSON</c>), so references to other resources stay references.
/// </summary>
public sealed record PolicyDocument : IPropertySource
{
    /// <summary>Creates a document from statements.</summary>
    public PolicyDocument(params IReadOnlyList<PolicyStatement> statements)
    {
        Statements = statements;
    }

    /// <summary>The statements.</summary>
    public IReadOnlyList<PolicyStatement> Statements { get; }

    /// <inheritdoc />
    public PropertyValue ToPropertyValue() => new JsonDocumentValue(new ObjectValue(
    [
        new Property("Statement", "Statement", new ListValue(Statements.Select(s => (PropertyValue)s.ToObject()).ToList())),
        new Property("Version", "Version", new ScalarValue("2012-10-17")),
    ]));
}
