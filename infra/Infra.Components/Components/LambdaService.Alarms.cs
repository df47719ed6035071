using System.Globalization;
using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

// The service's alarms: on the alias, which CodeDeploy watches during a deployment, and on the dead-letter queue.
public sealed partial class LambdaService
{
    private IReadOnlyList<CloudWatchMetricAlarm> CreateAlarms(string name, LambdaServiceArgs args)
    {
        var fn = FunctionName;
        var dimensions = new Dictionary<string, Input<string>>
        {
            ["FunctionName"] = fn,
            ["Resource"] = $"{fn}:{LiveAlias}",
        };
        IReadOnlyList<Input<string>>? actions = args.NotificationTopicArn is null ? null : [args.NotificationTopicArn];
        CloudWatchMetricAlarm Alarm(string suffix, string metric, string? statistic, string? percentile, double threshold, string description) =>
            new($"{name}-{suffix}-alarm", new CloudWatchMetricAlarmArgs
            {
                AlarmName = AwsNameLimits.Generic(nameof(FunctionName), $"{fn}-{suffix}"),
                AlarmDescription = description,
                Namespace = "AWS/Lambda",
                MetricName = metric,
                Dimensions = dimensions,
                Statistic = statistic,
                ExtendedStatistic = percentile,
                PeriodSeconds = 60,
                EvaluationPeriods = 1,
                Threshold = threshold,
                ComparisonOperator = "GreaterThanThreshold",

                // A minute without invocations has no data: that is not an error, so it must not roll a deployment back.
                TreatMissingData = "notBreaching",
                AlarmActions = actions,
                OkActions = actions,
            }, ChildOptions());

        var durationMs = Math.Round(args.TimeoutSeconds * 1000 * args.DurationAlarmShareOfTimeout);
        return
        [
            Alarm("errors", "Errors", "Sum", null, args.ErrorAlarmThreshold, $"The alias {LiveAlias} of {fn} returned more than {args.ErrorAlarmThreshold} error(s) in a minute: a deployment in progress rolls back; otherwise read the function's logs."),
            Alarm("throttles", "Throttles", "Sum", null, 0, ThrottleText(args)),
            Alarm("duration", "Duration", null, "p99", durationMs, $"The p99 duration of the alias {LiveAlias} of {fn} exceeded {durationMs.ToString(CultureInfo.InvariantCulture)} ms ({args.DurationAlarmShareOfTimeout.ToString(CultureInfo.InvariantCulture)} of its {args.TimeoutSeconds} s timeout): a deployment in progress rolls back."),
        ];
    }

    // What a throttle means depends on whether the function reserves concurrency: without a reservation it shares the
    // account's unreserved pool, which a new account's quota of 10 exhausts quickly.
    private string ThrottleText(LambdaServiceArgs args) => args.ReservedConcurrency is { } reserved
        ? $"The alias {LiveAlias} of {FunctionName} was throttled: it used all {reserved.ToString(CultureInfo.InvariantCulture)} of its reserved concurrency. Raise the reservation in stack config or find what floods it."
        : $"The alias {LiveAlias} of {FunctionName} was throttled: it reserves no concurrency, so the account's unreserved pool was exhausted (a new account's quota is 10). Request a higher Lambda concurrent-executions quota (Service Quotas), or find what floods the account.";

    private CloudWatchMetricAlarm CreateDeadLetterAlarm(string name, LambdaServiceArgs args, LambdaQueueSource queue)
    {
        IReadOnlyList<Input<string>>? actions = args.NotificationTopicArn is null ? null : [args.NotificationTopicArn];
        return new CloudWatchMetricAlarm($"{name}-dlq-alarm", new CloudWatchMetricAlarmArgs
        {
            AlarmName = AwsNameLimits.Generic(nameof(queue.DeadLetterQueueName), $"{queue.DeadLetterQueueName}-messages"),
            AlarmDescription = $"Messages wait in the dead-letter queue {queue.DeadLetterQueueName}: {FunctionName} failed them {queue.MaxReceiveCount} times. Read the function's logs for why, fix it, then move the messages back to the queue (SQS redrive) or delete them; they expire after {queue.DeadLetterRetentionDays} days.",
            Namespace = "AWS/SQS",
            MetricName = "ApproximateNumberOfMessagesVisible",
            Dimensions = new Dictionary<string, Input<string>> { ["QueueName"] = queue.DeadLetterQueueName },
            Statistic = "Maximum",
            PeriodSeconds = 300,
            EvaluationPeriods = 1,
            Threshold = 0,
            ComparisonOperator = "GreaterThanThreshold",

            // SQS stops sending metrics for a queue inactive for hours, while its messages still wait: a gap keeps the
            // alarm in the state it is in, so it stays in ALARM until the queue is really empty.
            TreatMissingData = "ignore",
            AlarmActions = actions,
            OkActions = actions,
        }, ChildOptions());
    }
}
