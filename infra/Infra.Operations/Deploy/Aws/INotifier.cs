namespace Infra.Deploy.Aws;

/// <summary>Publishes structured deploy events to the stack's SNS topic.</summary>
public interface INotifier
{
    /// <summary>Publishes <paramref name="message"/> (JSON) with <paramref name="subject"/> to <paramref name="topicArn"/>.</summary>
    Task PublishAsync(string topicArn, string subject, string message, CancellationToken cancellationToken);
}
