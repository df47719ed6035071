namespace Infra.Deploy.Aws;

/// <summary>SNS Publish (query protocol), signed by <see cref="AwsHttpClient"/>.</summary>
public sealed class SnsNotifier : INotifier
{
    private readonly AwsHttpClient http;

    /// <summary>Creates the adapter for the stack's account and region.</summary>
    public SnsNotifier(AwsCredentialSource credentials, StackTarget target)
    {
        http = new AwsHttpClient(credentials, target, "sns", "sns", "SNS");
    }

    /// <inheritdoc/>
    public async Task PublishAsync(string topicArn, string subject, string message)
    {
        var form = string.Join('&',
            $"Action=Publish",
            $"Message={Uri.EscapeDataString(message)}",
            $"Subject={Uri.EscapeDataString(subject)}",
            $"TopicArn={Uri.EscapeDataString(topicArn)}",
            "Version=2010-03-31");
        var (status, body, _) = await http.SendAsync(HttpMethod.Post, "/", "application/x-www-form-urlencoded; charset=utf-8", form).ConfigureAwait(false);
        if (status is < 200 or >= 300)
        {
            throw AwsErrors.CallFailed("SNS", "Publish", topicArn, $"HTTP {status}: {body}");
        }
    }
}
