namespace Infra.Deploy.Aws;

/// <summary>Reads the CloudWatch alarms that watch a Lambda alias, to tell when a rollback made the service healthy.</summary>
public interface IAlarmStates
{
    /// <summary>
    /// Waits until none of <paramref name="alarmNames"/> is in <c>ALARM</c>; returns those still alarming (or not
    /// found) when the wait times out, so empty means healthy.
    /// </summary>
    Task<IReadOnlyList<string>> WaitUntilQuietAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken);
}
