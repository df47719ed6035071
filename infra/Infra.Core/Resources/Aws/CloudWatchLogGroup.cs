using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A CloudWatch Logs log group (<c>aws_cloudwatch_log_group</c>).</summary>
public sealed class CloudWatchLogGroup : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public CloudWatchLogGroup(string name, CloudWatchLogGroupArgs args, ResourceOptions? options = null)
        : base("aws_cloudwatch_log_group", "aws:cloudwatch/logGroup:LogGroup", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new CloudWatchLogGroupArgs Args { get; }

    /// <inheritdoc />
    public override bool IsStateful => true;

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>name</c> attribute.</summary>
    public Output<string> LogGroupName => Attribute("name");
}
