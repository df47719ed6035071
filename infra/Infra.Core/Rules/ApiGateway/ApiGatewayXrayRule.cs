using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>APIGW-XRAY: Every API Gateway stage has X-Ray tracing on.</summary>
public sealed class ApiGatewayXrayRule : Rule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "APIGW-XRAY";

    /// <inheritdoc />
    public override string Id => RuleId;

    /// <inheritdoc />
    public override string Title => "Every API Gateway stage has X-Ray tracing on.";

    /// <inheritdoc />
    public override string Rationale => "Without tracing at the stage, a request's trace starts at the function and the time spent in API Gateway is invisible.";

    /// <inheritdoc />
    public override IReadOnlyList<string> CheckovIds => ["CKV_AWS_73"];

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(Stack stack) =>
        RuleGraph.All(stack).OfType<ApiGatewayStage>()
            .Where(s => s.Args.XrayTracingEnabled != true)
            .Select(s => Finding(s, $"stage {s.Args.StageName} has X-Ray tracing off: set XrayTracingEnabled = true."));
}
