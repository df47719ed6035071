using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An SNS topic (<c>aws_sns_topic</c>).</summary>
public sealed class SnsTopic : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public SnsTopic(string name, SnsTopicArgs args, ResourceOptions? options = null)
        : base("aws_sns_topic", "aws:sns/topic:Topic", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new SnsTopicArgs Args { get; }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");
}
