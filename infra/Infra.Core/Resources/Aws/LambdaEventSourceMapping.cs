using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A Lambda event source mapping (<c>aws_lambda_event_source_mapping</c>).</summary>
public sealed class LambdaEventSourceMapping : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public LambdaEventSourceMapping(string name, LambdaEventSourceMappingArgs args, ResourceOptions? options = null)
        : base("aws_lambda_event_source_mapping", "aws:lambda/eventSourceMapping:EventSourceMapping", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new LambdaEventSourceMappingArgs Args { get; }

    /// <summary>The <c>uuid</c> attribute.</summary>
    public Output<string> Uuid => Attribute("uuid");
}
