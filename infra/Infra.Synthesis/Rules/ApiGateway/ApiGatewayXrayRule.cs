using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>APIGW-XRAY: Every API Gateway stage has X-Ray tracing on.</summary>
public sealed class ApiGatewayXrayRule() : Rule(
    RuleId,
    "Every API Gateway stage has X-Ray tracing on.",
    "Without tracing at the stage, a request's trace starts at the function and the time spent in API Gateway is invisible.",
    checkovIds: ["CKV_AWS_73"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "APIGW-XRAY";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<ApiGatewayStage>()
            .Where(s => s.Args.XrayTracingEnabled != true)
            .Select(s => Finding(s, $"stage {s.Args.StageName} has X-Ray tracing off: set XrayTracingEnabled = true."));
}
