using System.Text.RegularExpressions;
using Infra.Configuration;
using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// A regional WAFv2 web ACL in front of one resource (a REST API stage): a per-IP rate-based rule, the AWS managed
/// common rule set and the known-bad-inputs rule set (Log4j and other exploit payloads), default action allow,
/// CloudWatch metrics and sampled requests on every rule, and every request logged to a KMS-encrypted log group
/// <c>aws-waf-logs-&lt;name&gt;</c> with the stack's retention.
/// </summary>
public sealed partial class RegionalWebAcl : ComponentResource
{
    /// <summary>AWS WAF's lowest accepted rate limit (requests per evaluation window).</summary>
    public const int MinimumRateLimit = 10;

    /// <summary>AWS WAF's highest accepted rate limit.</summary>
    public const int MaximumRateLimit = 2_000_000_000;

    /// <summary>The prefix AWS WAF requires of a CloudWatch Logs destination's name.</summary>
    public const string LogGroupPrefix = "aws-waf-logs-";

    /// <summary>The AWS managed rule group against request patterns known to exploit vulnerabilities, Log4j's lookups among them.</summary>
    public const string KnownBadInputsRuleSet = "AWSManagedRulesKnownBadInputsRuleSet";

    /// <summary>The AWS managed baseline rule group (OWASP-style injection, oversized and malformed requests).</summary>
    public const string CommonRuleSet = "AWSManagedRulesCommonRuleSet";

    // The window the limit counts over; AWS WAF's default, and the one the limit's documentation speaks of.
    private const int EvaluationWindowSeconds = 300;

    /// <summary>Builds the web ACL, its log group, its logging configuration and its association; throws when an argument is invalid.</summary>
    public RegionalWebAcl(string name, RegionalWebAclArgs args, ResourceOptions? options = null)
        : base("bbws:security:RegionalWebAcl", name, options)
    {
        Validate(args);
        WebAcl = new Wafv2WebAcl(name, new Wafv2WebAclArgs
        {
            Name = args.WebAclName,
            Description = "Blocks known-bad inputs, common exploit patterns and per-IP floods before they reach the API.",
            Scope = "REGIONAL",

            // The rules block what they match; everything else is the API's own business (its authorization and validation).
            DefaultAction = new Wafv2DefaultAction { Allow = new Wafv2AllowAction() },
            Rules =
            [
                // First, so that a flood is counted and cut off whatever else its requests carry.
                new Wafv2WebAclRule
                {
                    Name = "rate-limit-per-ip",
                    Priority = 0,
                    Action = new Wafv2RuleAction { Block = new Wafv2BlockAction() },
                    Statement = new Wafv2Statement
                    {
                        RateBasedStatement = new Wafv2RateBasedStatement
                        {
                            Limit = args.RateLimitPerFiveMinutes,
                            AggregateKeyType = "IP",
                            EvaluationWindowSec = EvaluationWindowSeconds,
                        },
                    },
                    VisibilityConfig = RuleVisibility(args.WebAclName, "rate-limit-per-ip"),
                },
                ManagedRule(args.WebAclName, CommonRuleSet, 1),
                ManagedRule(args.WebAclName, KnownBadInputsRuleSet, 2),
            ],
            VisibilityConfig = new Wafv2VisibilityConfig
            {
                CloudwatchMetricsEnabled = true,
                MetricName = args.WebAclName,
                SampledRequestsEnabled = true,
            },
        }, ChildOptions() with { Suppressions = args.WebAclSuppressions });

        LogGroup = new CloudWatchLogGroup($"{name}-logs", new CloudWatchLogGroupArgs
        {
            Name = LogGroupPrefix + args.WebAclName,
            RetentionInDays = args.LogRetentionDays,
            KmsKeyId = args.KmsKeyArn,
        }, ChildOptions(args.Protect) with { Suppressions = args.LogGroupSuppressions });

        Logging = new Wafv2WebAclLoggingConfiguration($"{name}-logging", new Wafv2WebAclLoggingConfigurationArgs
        {
            ResourceArn = WebAcl.Arn,
            LogDestinationConfigs = [LogGroup.Arn],

            // SigV4 callers (the API's writes) send a signature and, with temporary credentials, a session token:
            // neither belongs in a log that more people can read than could call the API.
            RedactedFields =
            [
                new Wafv2WebAclLoggingConfigurationRedactedFields { SingleHeader = new Wafv2WebAclLoggingConfigurationRedactedFieldsSingleHeader { Name = "authorization" } },
                new Wafv2WebAclLoggingConfigurationRedactedFields { SingleHeader = new Wafv2WebAclLoggingConfigurationRedactedFieldsSingleHeader { Name = "x-amz-security-token" } },
            ],
        }, ChildOptions());

        Association = new Wafv2WebAclAssociation($"{name}-association", new Wafv2WebAclAssociationArgs
        {
            ResourceArn = args.ResourceArn,
            WebAclArn = WebAcl.Arn,
        }, ChildOptions());
    }

    /// <summary>The web ACL.</summary>
    public Wafv2WebAcl WebAcl { get; }

    /// <summary>The log group that receives every request's log record.</summary>
    public CloudWatchLogGroup LogGroup { get; }

    /// <summary>The web ACL's logging configuration (to <see cref="LogGroup"/>).</summary>
    public Wafv2WebAclLoggingConfiguration Logging { get; }

    /// <summary>The association that puts the protected resource behind the web ACL.</summary>
    public Wafv2WebAclAssociation Association { get; }

    // A rule group keeps its own rules' actions (override none): counting only would let the matches through.
    private static Wafv2WebAclRule ManagedRule(string webAclName, string group, int priority) => new()
    {
        Name = $"aws-{group}",
        Priority = priority,
        OverrideAction = new Wafv2OverrideAction { None = new Wafv2NoOverride() },
        Statement = new Wafv2Statement { ManagedRuleGroupStatement = new Wafv2ManagedRuleGroupStatement { Name = group, VendorName = "AWS" } },
        VisibilityConfig = RuleVisibility(webAclName, group),
    };

    private static Wafv2RuleVisibilityConfig RuleVisibility(string webAclName, string rule) => new()
    {
        CloudwatchMetricsEnabled = true,
        MetricName = $"{webAclName}-{rule}",
        SampledRequestsEnabled = true,
    };

    private static void Validate(RegionalWebAclArgs args)
    {
        // The longest metric name is the web ACL's with the longest rule's suffix; AWS caps metric names at 128 too.
        var longest = $"{args.WebAclName}-{KnownBadInputsRuleSet}".Length;
        if (!MetricName().IsMatch(args.WebAclName) || longest > 128)
        {
            throw new ArgumentException(
                $"WebAclName is '{args.WebAclName}': use 1-{128 - KnownBadInputsRuleSet.Length - 1} letters, digits, '-' or '_' (it names the web ACL, its CloudWatch metrics, up to 128 characters with the rule's suffix, and the log group {LogGroupPrefix}<name>).",
                nameof(args));
        }

        if (args.RateLimitPerFiveMinutes is < MinimumRateLimit or > MaximumRateLimit)
        {
            throw new ArgumentException(
                $"RateLimitPerFiveMinutes is {args.RateLimitPerFiveMinutes}: AWS WAF accepts {MinimumRateLimit} to {MaximumRateLimit} requests per IP per 5 minutes; choose a value in that range (bbws:wafRateLimit in the stack's config).",
                nameof(args));
        }

        if (!CloudWatchLogRetention.IsValid(args.LogRetentionDays))
        {
            throw new ArgumentException(
                $"LogRetentionDays is {args.LogRetentionDays}, which CloudWatch Logs does not accept: use one of {string.Join(", ", CloudWatchLogRetention.Nearest(args.LogRetentionDays))} (or another of {string.Join(", ", CloudWatchLogRetention.Days)}).",
                nameof(args));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex MetricName();
}
