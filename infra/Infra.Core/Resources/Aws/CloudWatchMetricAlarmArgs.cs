using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="CloudWatchMetricAlarm"/>.</summary>
public sealed record CloudWatchMetricAlarmArgs
{
    /// <summary>The alarm name.</summary>
    [Input("alarm_name", Pulumi = "name")]
    public required string AlarmName { get; init; }

    /// <summary>What the alarm means and what to do.</summary>
    [Input("alarm_description")]
    public string? AlarmDescription { get; init; }

    /// <summary>The metric namespace, e.g. <c>AWS/Lambda</c>.</summary>
    [Input("namespace")]
    public required string Namespace { get; init; }

    /// <summary>The metric, e.g. <c>Errors</c>.</summary>
    [Input("metric_name")]
    public required string MetricName { get; init; }

    /// <summary>The metric's dimensions.</summary>
    [Input("dimensions")]
    public IReadOnlyDictionary<string, Input<string>>? Dimensions { get; init; }

    /// <summary>A statistic such as <c>Sum</c>; leave null with <see cref="ExtendedStatistic"/>.</summary>
    [Input("statistic")]
    public string? Statistic { get; init; }

    /// <summary>A percentile such as <c>p99</c>.</summary>
    [Input("extended_statistic")]
    public string? ExtendedStatistic { get; init; }

    /// <summary>The period in seconds.</summary>
    [Input("period")]
    public required int PeriodSeconds { get; init; }

    /// <summary>How many periods are compared.</summary>
    [Input("evaluation_periods")]
    public required int EvaluationPeriods { get; init; }

    /// <summary>The threshold.</summary>
    [Input("threshold")]
    public required double Threshold { get; init; }

    /// <summary>E.g. <c>GreaterThanThreshold</c>.</summary>
    [Input("comparison_operator")]
    public required string ComparisonOperator { get; init; }

    /// <summary>Default <c>notBreaching</c>: no invocations is not a failure.</summary>
    [Input("treat_missing_data")]
    public string TreatMissingData { get; init; } = "notBreaching";

    /// <summary>Where ALARM is notified.</summary>
    [Input("alarm_actions")]
    public IReadOnlyList<Input<string>>? AlarmActions { get; init; }

    /// <summary>Where OK is notified.</summary>
    [Input("ok_actions")]
    public IReadOnlyList<Input<string>>? OkActions { get; init; }
}
