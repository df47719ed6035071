using System.Net.Mail;
using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// The topic where a stack's alerts reach people: the KMS-encrypted SNS topic, a topic policy that lets this account's
/// CloudWatch alarms and SES configuration set publish to it, and one subscription per configured e-mail address or
/// HTTPS endpoint (<see cref="SubscriptionsKey"/>). E-mail subscriptions stay pending until the recipient confirms.
/// </summary>
public sealed class NotificationTopic : ComponentResource
{
    /// <summary>The stack config key that lists the subscriptions.</summary>
    public const string SubscriptionsKey = "bbws:notificationSubscriptions";

    /// <summary>The suffix of the component that holds the subscriptions: <c>&lt;name&gt;-subscriptions</c>.</summary>
    public const string SubscriptionsSuffix = "-subscriptions";

    /// <summary>Builds the topic, its policy and its subscriptions; throws when a subscription is not an e-mail address or an HTTPS URL.</summary>
    public NotificationTopic(string name, NotificationTopicArgs args, ResourceOptions? options = null)
        : base("bbws:monitoring:NotificationTopic", name, options)
    {
        var endpoints = Endpoints(args.Subscriptions);

        // The topic keeps the component's name: it is the resource the stacks have held since before the component.
        Topic = new SnsTopic(name, new SnsTopicArgs
        {
            Name = AwsNameLimits.SnsTopic(nameof(args.TopicName), args.TopicName),
            DisplayName = args.DisplayName,
            KmsMasterKeyId = args.KmsKeyArn,
        }, ChildOptions());
        Policy = new SnsTopicPolicy($"{name}-policy", new SnsTopicPolicyArgs
        {
            Arn = Topic.Arn,
            Policy = new PolicyDocument([.. PublisherStatements(args)]),
        }, ChildOptions());

        // Grouped under one component, named after the endpoint: which endpoints a stack subscribes is its config
        // (ParityRule allows the group to differ between stacks), and changing one address replaces only its own.
        var group = new SubscriptionGroup($"{name}{SubscriptionsSuffix}", ChildOptions());
        Subscriptions = endpoints.Select(e => new SnsTopicSubscription($"{name}-{e.Protocol}-{Slug(e.Endpoint)}", new SnsTopicSubscriptionArgs
        {
            Topic = Topic.Arn,
            Protocol = e.Protocol,
            Endpoint = e.Endpoint,
        }, new ResourceOptions { Parent = group })).ToList();
    }

    /// <summary>The topic.</summary>
    public SnsTopic Topic { get; }

    /// <summary>The topic's policy: who may publish besides this account's own principals.</summary>
    public SnsTopicPolicy Policy { get; }

    /// <summary>One subscription per configured endpoint, in config order.</summary>
    public IReadOnlyList<SnsTopicSubscription> Subscriptions { get; }

    /// <summary>The topic's ARN.</summary>
    public Output<string> Arn => Topic.Arn;

    // Only the stack's own account may publish: its account and region come from the stack the topic is in.
    private IEnumerable<PolicyStatement> PublisherStatements(NotificationTopicArgs args)
    {
        var (account, region) = (Root.Stack.AccountId, Root.Stack.Region);
        yield return new PolicyStatement
        {
            Sid = "CloudWatchAlarmsPublish",
            Actions = ["sns:Publish"],
            Resources = [Topic.Arn],
            Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Service"] = ["cloudwatch.amazonaws.com"] },
            Conditions =
            [
                new PolicyCondition("StringEquals", "aws:SourceAccount", [account]),
                new PolicyCondition("ArnLike", "aws:SourceArn", [$"arn:aws:cloudwatch:{region}:{account}:alarm:*"]),
            ],
            Reason = "This account's CloudWatch alarms (dead-letter messages, SES bounce rate, function errors) send their state changes to the people subscribed here.",
        };
        if (args.SesConfigurationSetName is { } set)
        {
            yield return new PolicyStatement
            {
                Sid = "SesEventsPublish",
                Actions = ["sns:Publish"],
                Resources = [Topic.Arn],
                Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Service"] = ["ses.amazonaws.com"] },
                Conditions =
                [
                    new PolicyCondition("StringEquals", "aws:SourceAccount", [account]),
                    new PolicyCondition("ArnLike", "aws:SourceArn", [$"arn:aws:ses:{region}:{account}:configuration-set/{set}"]),
                ],
                Reason = "SES publishes the bounce and complaint events of mail sent with the stack's configuration set, and of no other set or account.",
            };
        }
    }

    private static IReadOnlyList<(string Protocol, string Endpoint)> Endpoints(IReadOnlyList<string> subscriptions)
    {
        if (subscriptions.Count == 0)
        {
            throw new ArgumentException($"{SubscriptionsKey} is empty, so alarms and SES bounces would reach no one: list at least one e-mail address or https:// endpoint that gets the stack's alerts.", nameof(subscriptions));
        }

        var endpoints = new List<(string Protocol, string Endpoint)>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in subscriptions)
        {
            var protocol = Protocol(value);

            // Compared as the subscription's resource name is formed, so that two spellings of one address are caught.
            if (!seen.TryAdd(Slug(value), value))
            {
                throw new ArgumentException($"{SubscriptionsKey} lists '{value}' and '{seen[Slug(value)]}', which are the same endpoint: SNS holds one subscription per endpoint; remove the repeat.", nameof(subscriptions));
            }

            endpoints.Add((protocol, value));
        }

        return endpoints;
    }

    private static string Protocol(string value)
    {
        if (value.Contains("://", StringComparison.Ordinal))
        {
            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal) && uri.UserInfo.Length == 0)
            {
                return "https";
            }

            throw new ArgumentException($"{SubscriptionsKey} holds '{value}', which is not an https:// URL: SNS delivers to HTTPS endpoints only over TLS here; write it as https://host/path (no credentials in the URL), or use an e-mail address.", nameof(value));
        }

        if (MailAddress.TryCreate(value, out var address) && address.Address == value && address.DisplayName.Length == 0 && address.Host.Contains('.', StringComparison.Ordinal))
        {
            return "email";
        }

        throw new ArgumentException($"{SubscriptionsKey} holds '{value}', which is neither an e-mail address nor an https:// URL: write an address such as platform-alerts@bigbeard.co.za or an endpoint such as https://alerts.example.org/sns.", nameof(value));
    }

    private static string Slug(string endpoint)
    {
        var slug = new string(endpoint.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Trim('-');
    }

    private sealed class SubscriptionGroup(string name, ResourceOptions options)
        : ComponentResource("bbws:monitoring:NotificationSubscriptions", name, options);
}
