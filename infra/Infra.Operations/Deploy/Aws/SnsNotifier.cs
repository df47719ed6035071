namespace Infra.Deploy.Aws;

/// <summary>SNS Publish (query protocol), signed by <see cref="AwsHttpClient"/>.</summary>
public sealed class SnsNotifier : INotifier
{
    // A second Publish after a timeout would send subscribers the message twice.
    private static readonly AwsOperation Publish = AwsOperation.SentOnce("SNS", "Publish", "sns:Publish", "ask a subscriber of the topic whether the message arrived");
    private readonly AwsHttpClient http;

    /// <summary>Creates the adapter for the stack's account and region.</summary>
    public SnsNotifier(AwsCredentialSource credentials, StackTarget target, TimeProvider? time = null, ExternalCallSettings? settings = null)
    {
        http = new AwsHttpClient(credentials, target, "sns", "sns", "SNS", time, settings);
    }

    /// <inheritdoc/>
    public async Task PublishAsync(string topicArn, string subject, string message, CancellationToken cancellationToken)
    {
        var form = string.Join('&',
            $"Action=Publish",
            $"Message={Uri.EscapeDataString(message)}",
            $"Subject={Uri.EscapeDataString(subject)}",
            $"TopicArn={Uri.EscapeDataString(topicArn)}",
            "Version=2010-03-31");
        await http.SendAsync(Publish, topicArn, HttpMethod.Post, "/", "application/x-www-form-urlencoded; charset=utf-8", form, cancellationToken).ConfigureAwait(false);
    }
}
