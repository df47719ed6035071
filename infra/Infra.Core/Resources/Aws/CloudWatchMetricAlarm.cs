using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A CloudWatch metric alarm (<c>aws_cloudwatch_metric_alarm</c>).</summary>
public sealed class CloudWatchMetricAlarm : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public CloudWatchMetricAlarm(string name, CloudWatchMetricAlarmArgs args, ResourceOptions? options = null)
        : base("aws_cloudwatch_metric_alarm", "aws:cloudwatch/metricAlarm:MetricAlarm", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new CloudWatchMetricAlarmArgs Args { get; }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>alarm_name</c> attribute.</summary>
    public Output<string> AlarmName => Attribute("alarm_name", "name");
}
