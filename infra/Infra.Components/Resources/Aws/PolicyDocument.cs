using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>
/// An IAM policy document as typed statements. Emitters render it with the engine's JSON function
/// (Terraform <c>jsonencode</c>, Pulumi <c>fn::toJSON</c>), so references to other resources stay references.
/// </summary>
public sealed record PolicyDocument : IPropertyTexts
{
    private const string Version = "2012-10-17";

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
        new Property("Version", "Version", new ScalarValue(Version)),
    ]));

    /// <inheritdoc />
    public void VisitParts(Action<object> part)
    {
        foreach (var statement in Statements)
        {
            statement.VisitParts(part);
        }

        part(Version);
    }
}
