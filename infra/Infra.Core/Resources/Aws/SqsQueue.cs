using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An SQS queue (<c>aws_sqs_queue</c>).</summary>
public sealed class SqsQueue : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public SqsQueue(string name, SqsQueueArgs args, ResourceOptions? options = null)
        : base("aws_sqs_queue", "aws:sqs/queue:Queue", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new SqsQueueArgs Args { get; }

    /// <inheritdoc />
    public override bool IsStateful => true;

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>url</c> attribute.</summary>
    public Output<string> Url => Attribute("url");
}
