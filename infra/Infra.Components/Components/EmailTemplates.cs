using System.Net.Mail;
using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// E-mail as the order processor sends it (playbook Lesson 9): a secure templates bucket, one object per template
/// file (re-uploaded when the file changes), and the SES v2 identity of the sender's domain with Easy DKIM. Gives
/// the exact grants a sender needs (<see cref="ReadTemplates"/>, <see cref="SendEmail"/>) and the environment
/// variables under the names the code reads (<see cref="Environment"/>).
/// </summary>
public sealed class EmailTemplates : ComponentResource
{
    /// <summary>The key prefix of the templates in the bucket.</summary>
    public const string KeyPrefix = "email-templates/";

    /// <summary>The SES mailbox simulator address the order processor's smoke test sends to: SES accepts it and delivers nothing.</summary>
    public const string SimulatorRecipient = "success@simulator.amazonses.com";

    /// <summary>Builds the bucket, the template objects and the identity; throws when a template file is missing or the sender address is not one.</summary>
    public EmailTemplates(string name, EmailTemplatesArgs args, ResourceOptions? options = null)
        : base("bbws:email:EmailTemplates", name, options)
    {
        // The bucket and the identity belong to the stack's account and region, read from the stack the component is in.
        var (account, region) = (Root.Stack.AccountId, Root.Stack.Region);
        CheckBucketHoldsAccount(args.BucketName, account);
        Domain = DomainOf(args.FromEmail);
        FromEmail = args.FromEmail;
        SimulatorIdentityArn = $"arn:aws:ses:{region}:{account}:identity/{SimulatorRecipient}";
        if (args.TemplateFiles.Count == 0)
        {
            throw new ArgumentException($"TemplateFiles is empty: list the template files under {args.TemplatesFolder} that the sender renders.", nameof(args));
        }

        foreach (var file in args.TemplateFiles)
        {
            var path = args.TemplatesFolder.Combine(file);
            if (!File.Exists(path.Under(args.RepositoryRoot)))
            {
                throw new ArgumentException($"TemplateFiles names '{file}', but {path} does not exist: add the template or remove it from the list.", nameof(args));
            }
        }

        Bucket = new SecureBucket($"{name}-bucket", new SecureBucketArgs
        {
            BucketName = args.BucketName,
            KmsKeyArn = args.KmsKeyArn,
            Protect = args.Protect,
            AccessLogBucket = args.AccessLogBucket,
            BucketSuppressions = args.BucketSuppressions,
        }, ChildOptions());
        Objects = args.TemplateFiles.Order(StringComparer.Ordinal).Select(file =>
        {
            var path = args.TemplatesFolder.Combine(file);
            return new S3Object($"{name}-{Slug(file)}", new S3ObjectArgs
            {
                Bucket = Bucket.Bucket.BucketName,
                Key = KeyPrefix + file,
                Source = new FileValue(path, FileKind.Asset),

                // Under SSE-KMS the ETag is not the file's MD5, so a content hash of its own drives re-uploads.
                SourceHash = new FileMd5(path),
                ContentType = "text/html; charset=utf-8",

                // The bucket's default would encrypt with the same key; naming it here makes the key this upload
                // uses part of the graph, so IAM-COVERAGE can require kms:GenerateDataKey on it for the deploy role.
                ServerSideEncryption = "aws:kms",
                KmsKeyId = args.KmsKeyArn,
            }, ChildOptions());
        }).ToList();
        if (args.NotificationTopicArn is { } topic)
        {
            var setName = args.ConfigurationSetName ?? throw new ArgumentException("ConfigurationSetName is not set, but NotificationTopicArn is: name the configuration set whose events reach the topic (e.g. <prefix>-email-<stack>).", nameof(args));
            ConfigurationSet = new SesV2ConfigurationSet($"{name}-configuration-set", new SesV2ConfigurationSetArgs
            {
                ConfigurationSetName = AwsNameLimits.Generic(nameof(args.ConfigurationSetName), setName, 64),

                // The set's own bounce and complaint rates, beside the account's, in CloudWatch.
                ReputationOptions = new SesV2ReputationOptions { ReputationMetricsEnabled = true },
            }, ChildOptions());
            EventDestination = new SesV2ConfigurationSetEventDestination($"{name}-bounces-and-complaints", new SesV2ConfigurationSetEventDestinationArgs
            {
                ConfigurationSetName = ConfigurationSet.ConfigurationSetName,
                EventDestinationName = "bounces-and-complaints",
                EventDestination = new SesV2EventDestination
                {
                    Enabled = true,
                    MatchingEventTypes = BounceAndComplaintEvents,
                    SnsDestination = new SesV2SnsDestination { TopicArn = topic },
                },
            }, ChildOptions());
            BounceRateAlarm = new CloudWatchMetricAlarm($"{name}-bounce-rate-alarm", new CloudWatchMetricAlarmArgs
            {
                AlarmName = AwsNameLimits.Generic(nameof(args.ConfigurationSetName), $"{setName}-bounce-rate"),
                AlarmDescription = $"The account's SES bounce rate reached {BounceRateThreshold.ToString("P0", System.Globalization.CultureInfo.InvariantCulture)}: SES reviews an account at 5% and may pause its sending at 10%. Read the bounce events on this topic, remove the addresses that bounce, and check the order data they came from.",
                Namespace = "AWS/SES",
                MetricName = "Reputation.BounceRate",
                Statistic = "Maximum",
                PeriodSeconds = 3600,
                EvaluationPeriods = 1,
                Threshold = BounceRateThreshold,
                ComparisonOperator = "GreaterThanOrEqualToThreshold",

                // No mail sent, no rate: that is not a bounce problem.
                TreatMissingData = "notBreaching",
                AlarmActions = [topic],
                OkActions = [topic],
            }, ChildOptions());
        }

        Identity = new SesV2EmailIdentity($"{name}-identity", new SesV2EmailIdentityArgs
        {
            EmailIdentity = Domain,

            // The default set of every send from the domain: its bounces and complaints reach the topic without the
            // sender naming the set.
            ConfigurationSetName = ConfigurationSet?.ConfigurationSetName,

            // Easy DKIM with 2048-bit keys (SES's default is 1024 bits).
            DkimSigningAttributes = new SesV2DkimSigningAttributes { NextSigningKeyLength = "RSA_2048_BIT" },
        }, ChildOptions(args.Protect));
    }

    /// <summary>The SES event types published to the notification topic.</summary>
    public static readonly IReadOnlyList<string> BounceAndComplaintEvents = ["BOUNCE", "COMPLAINT"];

    /// <summary>The account bounce rate (a share, 0-1) that raises the alarm: SES's own review threshold.</summary>
    public const double BounceRateThreshold = 0.05;

    /// <summary>The identity's default configuration set; null without a notification topic.</summary>
    public SesV2ConfigurationSet? ConfigurationSet { get; }

    /// <summary>Where the set's bounce and complaint events go; null without a notification topic.</summary>
    public SesV2ConfigurationSetEventDestination? EventDestination { get; }

    /// <summary>The alarm on the account's SES bounce rate; null without a notification topic.</summary>
    public CloudWatchMetricAlarm? BounceRateAlarm { get; }

    /// <summary>The templates bucket.</summary>
    public SecureBucket Bucket { get; }

    /// <summary>The template objects, by file name order.</summary>
    public IReadOnlyList<S3Object> Objects { get; }

    /// <summary>The SES identity of the sending domain.</summary>
    public SesV2EmailIdentity Identity { get; }

    /// <summary>The sending domain, e.g. <c>bigbeard.co.za</c>.</summary>
    public string Domain { get; }

    /// <summary>The sender address.</summary>
    public string FromEmail { get; }

    /// <summary>The identity ARN SES authorizes a send to the mailbox simulator on, in the stack's account and region.</summary>
    public string SimulatorIdentityArn { get; }

    /// <summary>The grant to read the templates, and nothing else in the bucket.</summary>
    public PolicyStatement ReadTemplates => new()
    {
        Sid = "ReadEmailTemplates",
        Actions = ["s3:GetObject"],
        Resources = [Output.Format($"{Bucket.Arn}/{KeyPrefix}*")],
        Reason = "The order processor renders the e-mail templates it reads from the templates bucket (playbook Lesson 9), and reads nothing else there.",
    };

    /// <summary>
    /// The grant to send as the sending domain's identity, not as any identity; and to the mailbox simulator, because
    /// in the SES sandbox SES also authorizes the send on each recipient's identity.
    /// </summary>
    public PolicyStatement SendEmail => new()
    {
        Sid = "SendAsOwnIdentity",
        Actions = ["ses:SendEmail", "ses:SendRawEmail"],
        Resources = ConfigurationSet is null ? [Identity.Arn, SimulatorIdentityArn] : [Identity.Arn, SimulatorIdentityArn, ConfigurationSet.Arn],
        Reason = "The order processor sends order e-mails from the verified sending domain only (the playbook's Resource '*' let it send as any identity); its smoke test sends to the SES mailbox simulator, which SES authorizes as a recipient identity while the account is in the sandbox; a send with the identity's default configuration set is authorized on that set too.",
    };

    /// <summary>The variables the order processor reads, under the exact names it reads (the playbook's NoSuchBucket incident).</summary>
    public IReadOnlyDictionary<string, Input<string>> Environment(string internalEmails) => new Dictionary<string, Input<string>>
    {
        ["TEMPLATES_BUCKET_NAME"] = Bucket.Bucket.BucketName,
        ["FROM_EMAIL"] = FromEmail,
        ["INTERNAL_EMAILS"] = internalEmails,
    };

    // S3 bucket names are global: a name without the account id can be taken first by any other account, and
    // then the apply fails (BucketAlreadyExists) or, worse, the code reads a stranger's bucket.
    private static void CheckBucketHoldsAccount(string bucketName, string accountId)
    {
        if (!bucketName.Split('-').Contains(accountId, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"BucketName is '{bucketName}', which does not hold the account id {accountId}: S3 bucket names are global, so another account could take it first; name it <prefix>-<purpose>-{accountId}-<stack>.",
                nameof(bucketName));
        }
    }

    private static string DomainOf(string fromEmail)
    {
        if (!MailAddress.TryCreate(fromEmail, out var address) || address.Address != fromEmail || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"FromEmail is '{fromEmail}', which is not an e-mail address: set bbws:fromEmail to the sender, e.g. noreply@bigbeard.co.za.", nameof(fromEmail));
        }

        return address.Host.ToLowerInvariant();
    }

    private static string Slug(string file) =>
        new string(System.IO.Path.GetFileNameWithoutExtension(file).ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
