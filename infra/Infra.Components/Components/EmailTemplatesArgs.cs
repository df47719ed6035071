using Infra.Model;

namespace Infra.Components;

/// <summary>Arguments of <see cref="EmailTemplates"/>.</summary>
public sealed record EmailTemplatesArgs
{
    /// <summary>
    /// The templates bucket's name, e.g. <c>2-1-bbws-order-templates-536580886816-dev</c>: it must hold
    /// its stack's account id, since S3 bucket names are global.
    /// </summary>
    public required string BucketName { get; init; }

    /// <summary>The stack's customer-managed key, for the bucket's default encryption.</summary>
    public required Output<string> KmsKeyArn { get; init; }

    /// <summary>The checkout, to check that every template file exists (never written into any output).</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>The folder of the templates in the repository. Default <c>infra/email-templates</c>.</summary>
    public RepositoryPath TemplatesFolder { get; init; } = new("infra/email-templates");

    /// <summary>The template files, uploaded as <c>email-templates/&lt;file&gt;</c>. Default: the three the order processor renders.</summary>
    public IReadOnlyList<string> TemplateFiles { get; init; } = ["customer_confirmation.html", "internal_notification.html", "order_receipt.html"];

    /// <summary>The sender address, e.g. <c>noreply@bigbeard.co.za</c>; its domain becomes the SES identity, signed with DKIM.</summary>
    public required string FromEmail { get; init; }

    /// <summary>
    /// The topic that gets the identity's bounce and complaint events and the bounce-rate alarm; null: no
    /// configuration set, no event publishing. Its policy and key must let SES publish (<see cref="NotificationTopic"/>).
    /// </summary>
    public Output<string>? NotificationTopicArn { get; init; }

    /// <summary>The configuration set's name, e.g. <c>2-1-bbws-email-dev</c>; required with <see cref="NotificationTopicArn"/>.</summary>
    public string? ConfigurationSetName { get; init; }

    /// <summary>Protect the bucket and the identity from deletion. Default false; true in prod.</summary>
    public bool Protect { get; init; }

    /// <summary>The bucket that receives the template bucket's S3 server access logs. Null: requests are not logged.</summary>
    public Input<string>? AccessLogBucket { get; init; }

    /// <summary>Rule findings accepted on the template bucket itself, each with a reason. Default: none.</summary>
    public IReadOnlyList<Suppression> BucketSuppressions { get; init; } = [];
}
