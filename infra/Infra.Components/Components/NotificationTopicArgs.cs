using Infra.Model;

namespace Infra.Components;

/// <summary>Arguments of <see cref="NotificationTopic"/>.</summary>
public sealed record NotificationTopicArgs
{
    /// <summary>The topic's physical name, e.g. <c>2-1-bbws-deployments-dev</c>.</summary>
    public required string TopicName { get; init; }

    /// <summary>The name shown as the sender of e-mail notifications.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The stack key that encrypts the topic; its key policy must let CloudWatch (and SES) use it.</summary>
    public required Input<string> KmsKeyArn { get; init; }

    /// <summary>Who gets the alerts: e-mail addresses and <c>https://</c> endpoints, at least one, each once.</summary>
    public required IReadOnlyList<string> Subscriptions { get; init; }

    /// <summary>The SES configuration set whose events SES may publish to the topic; null: SES may not publish.</summary>
    public string? SesConfigurationSetName { get; init; }
}
