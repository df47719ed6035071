using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>APIGW-ACCESS-LOGS: Every API Gateway stage writes access logs to a declared log group.</summary>
public sealed class ApiGatewayAccessLogsRule() : Rule(
    RuleId,
    "Every API Gateway stage writes access logs to a declared log group.",
    "Access logs are the only record of who called the API, from where and with which result.",
    checkovIds: ["CKV_AWS_76"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "APIGW-ACCESS-LOGS";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<ApiGatewayStage>()
            .Where(s => s.Args.AccessLogSettings is null)
            .Select(s => Finding(s, $"stage {s.Args.StageName} writes no access logs: set AccessLogSettings to a log group and a JSON format (LambdaRestApi does)."));
}
