using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>APIGW-WAF: Every stage of a public (regional or edge) REST API is associated with a WAFv2 web ACL.</summary>
public sealed class ApiGatewayWafRule() : Rule(
    RuleId,
    "Every stage of a public (REGIONAL or EDGE) REST API is associated with a WAFv2 web ACL (aws_wafv2_web_acl_association); a PRIVATE API needs none.",
    "Without a web ACL any client can send known-bad inputs (Log4j-style lookups, injection payloads) to the backend and flood the stage: stage throttling caps cost, but then throttles real callers with the abuser.",
    checkovIds: ["CKV2_AWS_29"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "APIGW-WAF";

    // Ported from checkov's graph check APIProtectedByWAF (Apache-2.0), evaluated per aws_api_gateway_stage: a stage
    // passes when its REST API is PRIVATE, or is REGIONAL or EDGE and a WAFv2 association names the stage; a stage
    // whose API is not in the program passes. (checkov also accepts a WAF Classic aws_wafregional_web_acl_association on
    // a REGIONAL API; the program has no binding for WAF Classic, which AWS no longer offers to new customers.)
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var resources = RuleGraph.All(context.Stack).ToList();
        var protectedStages = resources.OfType<Wafv2WebAclAssociation>()
            .Select(a => RuleGraph.Target(a.Args.ResourceArn))
            .OfType<ApiGatewayStage>()
            .ToHashSet();
        foreach (var stage in resources.OfType<ApiGatewayStage>())
        {
            if (RuleGraph.Target(stage.Args.RestApiId) is not ApiGatewayRestApi api)
            {
                continue;
            }

            var types = api.Args.EndpointConfiguration?.Types ?? [];
            if (types.Contains("PRIVATE", StringComparer.Ordinal))
            {
                continue;
            }

            var isPublic = types.Contains("REGIONAL", StringComparer.Ordinal) || types.Contains("EDGE", StringComparer.Ordinal);
            if (!isPublic || !protectedStages.Contains(stage))
            {
                yield return Finding(stage, $"stage {stage.Args.StageName} of the public REST API {api.Name} is behind no WAFv2 web ACL: associate one (aws_wafv2_web_acl_association on the stage's ARN) with AWS managed rule groups and a rate-based rule.");
            }
        }
    }
}
