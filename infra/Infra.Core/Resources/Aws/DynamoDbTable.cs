using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A DynamoDB table (<c>aws_dynamodb_table</c>).</summary>
public sealed class DynamoDbTable : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public DynamoDbTable(string name, DynamoDbTableArgs args, ResourceOptions? options = null)
        : base("aws_dynamodb_table", "aws:dynamodb/table:Table", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new DynamoDbTableArgs Args { get; }

    /// <inheritdoc />
    public override bool IsStateful => true;

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>name</c> attribute.</summary>
    public Output<string> TableName => Attribute("name");
}
