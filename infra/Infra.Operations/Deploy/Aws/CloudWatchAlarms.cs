namespace Infra.Deploy.Aws;

/// <summary>CloudWatch DescribeAlarms (query protocol), signed by <see cref="AwsHttpClient"/>, polled until the alarms are quiet.</summary>
public sealed class CloudWatchAlarms : IAlarmStates
{
    private static readonly AwsOperation DescribeAlarms = AwsOperation.Read("CloudWatch", "DescribeAlarms", "cloudwatch:DescribeAlarms");
    private readonly AwsHttpClient http;
    private readonly TimeSpan pollInterval;
    private readonly TimeSpan timeout;
    private readonly TimeProvider time;

    /// <summary>Creates the adapter; alarms are read every <paramref name="pollInterval"/> until <paramref name="timeout"/>, on <paramref name="time"/> (default: the system clock).</summary>
    public CloudWatchAlarms(AwsCredentialSource credentials, StackTarget target, TimeSpan? pollInterval = null, TimeSpan? timeout = null, TimeProvider? time = null, ExternalCallSettings? settings = null)
    {
        this.time = time ?? TimeProvider.System;
        http = new AwsHttpClient(credentials, target, "monitoring", "monitoring", "CLOUDWATCH", this.time, settings);
        this.pollInterval = pollInterval ?? TimeSpan.FromSeconds(20);
        this.timeout = timeout ?? TimeSpan.FromMinutes(10);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> WaitUntilQuietAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken)
    {
        if (alarmNames.Count == 0)
        {
            return [];
        }

        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            var states = await DescribeAsync(alarmNames, cancellationToken).ConfigureAwait(false);

            // INSUFFICIENT_DATA counts as quiet: an idle alias publishes no data points, and no errors is what a rollback wants.
            var loud = alarmNames.Where(n => !states.TryGetValue(n, out var state) || state == "ALARM")
                .Select(n => states.TryGetValue(n, out var state) ? $"{n} ({state})" : $"{n} (not found)").ToList();
            if (loud.Count == 0 || time.GetUtcNow() > deadline)
            {
                return loud;
            }

            await Task.Delay(pollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Each alarm's <c>StateValue</c> by name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DescribeAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, string>(StringComparer.Ordinal);

        // DescribeAlarms takes at most 100 names per call.
        foreach (var chunk in alarmNames.Chunk(100))
        {
            var resource = string.Join(",", chunk);
            var form = string.Join('&', new[] { "Action=DescribeAlarms" }
                .Concat(chunk.Select((name, i) => $"AlarmNames.member.{i + 1}={Uri.EscapeDataString(name)}"))
                .Append($"MaxRecords={chunk.Length}")
                .Append("Version=2010-08-01"));
            var answer = await http.SendAsync(DescribeAlarms, resource, HttpMethod.Post, "/", "application/x-www-form-urlencoded; charset=utf-8", form, cancellationToken).ConfigureAwait(false);
            var document = answer.Xml(DescribeAlarms, resource);
            if (document.Root?.Name.LocalName != "DescribeAlarmsResponse")
            {
                throw AwsErrors.Malformed(DescribeAlarms, resource, $"<{document.Root?.Name.LocalName}> instead of <DescribeAlarmsResponse>");
            }

            foreach (var alarm in document.Descendants().Where(e => e.Name.LocalName == "member" && e.Parent?.Name.LocalName == "MetricAlarms"))
            {
                var name = alarm.Elements().FirstOrDefault(e => e.Name.LocalName == "AlarmName")?.Value;
                var state = alarm.Elements().FirstOrDefault(e => e.Name.LocalName == "StateValue")?.Value;
                if (name is not null && state is not null)
                {
                    states[name] = state;
                }
            }
        }

        return states;
    }
}
