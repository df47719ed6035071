using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An <c>attribute</c> block: a key attribute and its type.</summary>
public sealed record DynamoDbAttribute
{
    /// <summary>The attribute name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary><c>S</c>, <c>N</c> or <c>B</c>.</summary>
    [Input("type")]
    public required string Type { get; init; }
}
