using Infra.Model;

namespace Infra.Components;

/// <summary>Arguments of <see cref="RegionalWebAcl"/>.</summary>
public sealed record RegionalWebAclArgs
{
    /// <summary>
    /// The web ACL's physical name, e.g. <c>2-1-bbws-product-api-dev</c>: 1-128 letters, digits, <c>-</c> or <c>_</c>.
    /// It also names the CloudWatch metrics and the log group <c>aws-waf-logs-&lt;name&gt;</c>.
    /// </summary>
    public required string WebAclName { get; init; }

    /// <summary>The ARN of the resource the web ACL protects: a REST API stage's (<c>ApiGatewayStage.Arn</c>).</summary>
    public required Input<string> ResourceArn { get; init; }

    /// <summary>
    /// Requests one source IP may send in any 5 minutes before the rate-based rule blocks it until its rate falls
    /// again: at least 10 (the AWS WAF minimum), at most 2,000,000,000.
    /// </summary>
    public required int RateLimitPerFiveMinutes { get; init; }

    /// <summary>Days the request log keeps events (one of the values CloudWatch Logs accepts, as for the stack's other logs).</summary>
    public required int LogRetentionDays { get; init; }

    /// <summary>The stack key that encrypts the request log; its key policy must let CloudWatch Logs use it for the account's log groups.</summary>
    public required Input<string> KmsKeyArn { get; init; }

    /// <summary>Protect the request log from deletion (prod).</summary>
    public bool Protect { get; init; }

    /// <summary>Accepted findings on the request log group (e.g. dev's short retention).</summary>
    public IReadOnlyList<Suppression> LogGroupSuppressions { get; init; } = [];

    /// <summary>Accepted findings on the web ACL.</summary>
    public IReadOnlyList<Suppression> WebAclSuppressions { get; init; } = [];
}
