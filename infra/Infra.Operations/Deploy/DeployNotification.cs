using Infra.Deploy.Aws;

namespace Infra.Deploy;

/// <summary>
/// The deploy and rollback drivers' last step, and the freeze switch's: one structured event on the stack's notification topic. A lost
/// notification is logged and never hides the result it reports.
/// </summary>
public static class DeployNotification
{
    /// <summary>
    /// Publishes the <paramref name="kind"/> event (<c>deploy</c>, <c>rollback</c>, <c>freeze</c>, <c>unfreeze</c>) with <paramref name="result"/> to
    /// <paramref name="topic"/>; with no topic (the stack does not export one) it only says so in <paramref name="log"/>.
    /// </summary>
    public static async Task PublishAsync(INotifier notifier, TextWriter log, string? topic, string kind, StackTarget target, string result, IReadOnlyDictionary<string, string> details, CancellationToken cancellationToken)
    {
        if (topic is null)
        {
            log.WriteLine($"no '{StackOutputs.TopicName}' output: notification skipped");
            return;
        }

        try
        {
            await notifier.PublishAsync(topic, DeployEvent.Subject(kind, target, result), DeployEvent.Json(kind, target, result, details), cancellationToken).ConfigureAwait(false);
        }
        catch (InfraException e)
        {
            log.WriteLine($"notification to {topic} failed: {FirstLine(e.Message)}");
        }
    }

    /// <summary>The first line of <paramref name="text"/>: what a record, an event or a log line carries of an error.</summary>
    public static string FirstLine(string text) => text.Split('\n', 2)[0];
}
