// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_cloudwatch_metric_alarm) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A CloudWatch metric alarm (<c>aws_cloudwatch_metric_alarm</c>).</summary>
public sealed class CloudWatchMetricAlarm : CustomResource<CloudWatchMetricAlarmArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public CloudWatchMetricAlarm(string name, CloudWatchMetricAlarmArgs args, ResourceOptions? options = null)
        : base("aws_cloudwatch_metric_alarm", "aws:cloudwatch/metricAlarm:MetricAlarm", name, args, options)
    {
    }

    /// <summary>The <c>alarm_name</c> attribute.</summary>
    public Output<string> AlarmName => Attribute("alarm_name", "name");

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");
}

/// <summary>Inputs of <see cref="CloudWatchMetricAlarm"/>.</summary>
public sealed partial record CloudWatchMetricAlarmArgs
{
    /// <summary>The <c>actions_enabled</c> argument.</summary>
    [Input("actions_enabled")]
    public bool? ActionsEnabled { get; init; }

    /// <summary>Where ALARM is notified.</summary>
    [Input("alarm_actions")]
    public IReadOnlyList<Input<string>>? AlarmActions { get; init; }

    /// <summary>What the alarm means and what to do.</summary>
    [Input("alarm_description")]
    public string? AlarmDescription { get; init; }

    /// <summary>The alarm name.</summary>
    [Input("alarm_name", Pulumi = "name")]
    public required string AlarmName { get; init; }

    /// <summary>E.g. <c>GreaterThanThreshold</c>.</summary>
    [Input("comparison_operator")]
    public required string ComparisonOperator { get; init; }

    /// <summary>The <c>datapoints_to_alarm</c> argument.</summary>
    [Input("datapoints_to_alarm")]
    public int? DatapointsToAlarm { get; init; }

    /// <summary>The metric's dimensions.</summary>
    [Input("dimensions")]
    public IReadOnlyDictionary<string, Input<string>>? Dimensions { get; init; }

    /// <summary>The <c>evaluate_low_sample_count_percentiles</c> argument.</summary>
    [Input("evaluate_low_sample_count_percentiles")]
    public Input<string>? EvaluateLowSampleCountPercentiles { get; init; }

    /// <summary>How many periods are compared.</summary>
    [Input("evaluation_periods")]
    public required int EvaluationPeriods { get; init; }

    /// <summary>A percentile such as <c>p99</c>.</summary>
    [Input("extended_statistic")]
    public string? ExtendedStatistic { get; init; }

    /// <summary>The <c>insufficient_data_actions</c> argument.</summary>
    [Input("insufficient_data_actions")]
    public IReadOnlyList<string>? InsufficientDataActions { get; init; }

    /// <summary>The metric, e.g. <c>Errors</c>.</summary>
    [Input("metric_name")]
    public required string MetricName { get; init; }

    /// <summary>The <c>metric_query</c> blocks.</summary>
    [Input("metric_query", Pulumi = "metricQueries")]
    public IReadOnlyList<CloudWatchMetricAlarmMetricQuery>? MetricQueries { get; init; }

    /// <summary>The metric namespace, e.g. <c>AWS/Lambda</c>.</summary>
    [Input("namespace")]
    public required string Namespace { get; init; }

    /// <summary>Where OK is notified.</summary>
    [Input("ok_actions")]
    public IReadOnlyList<Input<string>>? OkActions { get; init; }

    /// <summary>The period in seconds.</summary>
    [Input("period")]
    public int? PeriodSeconds { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>A statistic such as <c>Sum</c>; leave null with <see cref="ExtendedStatistic"/>.</summary>
    [Input("statistic")]
    public string? Statistic { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The threshold.</summary>
    [Input("threshold")]
    public required double Threshold { get; init; }

    /// <summary>The <c>threshold_metric_id</c> argument.</summary>
    [Input("threshold_metric_id")]
    public Input<string>? ThresholdMetricId { get; init; }

    /// <summary>How a period without data counts: <c>missing</c> (Terraform's default), <c>notBreaching</c>, <c>breaching</c> or <c>ignore</c>.</summary>
    [Input("treat_missing_data")]
    public string? TreatMissingData { get; init; }

    /// <summary>The <c>unit</c> argument.</summary>
    [Input("unit")]
    public Input<string>? Unit { get; init; }
}

/// <summary>A <c>metric</c> block.</summary>
public sealed partial record CloudWatchMetricAlarmMetricQueryMetric
{
    /// <summary>The <c>dimensions</c> argument.</summary>
    [Input("dimensions")]
    public IReadOnlyDictionary<string, string>? Dimensions { get; init; }

    /// <summary>The <c>metric_name</c> argument.</summary>
    [Input("metric_name")]
    public required Input<string> MetricName { get; init; }

    /// <summary>The <c>namespace</c> argument.</summary>
    [Input("namespace")]
    public Input<string>? Namespace { get; init; }

    /// <summary>The <c>period</c> argument.</summary>
    [Input("period")]
    public required int Period { get; init; }

    /// <summary>The <c>stat</c> argument.</summary>
    [Input("stat")]
    public required Input<string> Stat { get; init; }

    /// <summary>The <c>unit</c> argument.</summary>
    [Input("unit")]
    public Input<string>? Unit { get; init; }
}

/// <summary>A <c>metric_query</c> block.</summary>
public sealed partial record CloudWatchMetricAlarmMetricQuery
{
    /// <summary>The <c>account_id</c> argument.</summary>
    [Input("account_id")]
    public Input<string>? AccountId { get; init; }

    /// <summary>The <c>expression</c> argument.</summary>
    [Input("expression")]
    public Input<string>? Expression { get; init; }

    /// <summary>The <c>id</c> argument.</summary>
    [Input("id")]
    public required Input<string> Id { get; init; }

    /// <summary>The <c>label</c> argument.</summary>
    [Input("label")]
    public Input<string>? Label { get; init; }

    /// <summary>The <c>metric</c> block.</summary>
    [Input("metric")]
    public CloudWatchMetricAlarmMetricQueryMetric? Metric { get; init; }

    /// <summary>The <c>period</c> argument.</summary>
    [Input("period")]
    public int? Period { get; init; }

    /// <summary>The <c>return_data</c> argument.</summary>
    [Input("return_data")]
    public bool? ReturnData { get; init; }
}
