using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>APIGW-THROTTLE: Every API Gateway stage has method settings with a burst and a rate limit.</summary>
public sealed class ApiGatewayThrottlingRule() : Rule(
    RuleId,
    "Every API Gateway stage has method settings with a burst and a rate limit.",
    "Without stage throttling one caller can use the whole account's API Gateway and Lambda concurrency, and the bill.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "APIGW-THROTTLE";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var settings = stack.ResourcesOf<ApiGatewayMethodSettings>().ToList();
        foreach (var stage in stack.ResourcesOf<ApiGatewayStage>())
        {
            if (!settings.Any(s => RuleGraph.Target(s.Args.StageName) == stage && s.Args.Settings is { ThrottlingBurstLimit: > 0, ThrottlingRateLimit: > 0 }))
            {
                yield return Finding(stage, $"stage {stage.Args.StageName} has no throttling: add aws_api_gateway_method_settings for */* with throttling_burst_limit and throttling_rate_limit (LambdaRestApi does).");
            }
        }
    }
}
