using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>APIGW-WAF-MANAGED-GROUPS: The web ACL of every REST API stage that has one applies the AWS managed anonymous-IP and known-bad-inputs rule groups.</summary>
public sealed class ApiGatewayWafManagedGroupsRule() : Rule(
    RuleId,
    "Every WAFv2 web ACL associated with an API Gateway stage has rules with the AWS managed rule groups AWSManagedRulesAnonymousIpList and AWSManagedRulesKnownBadInputsRuleSet; a stage with no association is left to APIGW-WAF.",
    "A web ACL on a public API is only as good as its rules: the known-bad-inputs group blocks Log4j-style exploit payloads, and the anonymous-IP group blocks the anonymising proxies and hosting ranges that most automated abuse comes from.",
    checkovIds: ["CKV2_AWS_77"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "APIGW-WAF-MANAGED-GROUPS";

    /// <summary>The managed rule groups the rule requires, in the order checkov lists them.</summary>
    public static readonly IReadOnlyList<string> RequiredGroups = ["AWSManagedRulesAnonymousIpList", "AWSManagedRulesKnownBadInputsRuleSet"];

    // Ported from checkov's graph check APIGatewayWebACLConfiguredWIthLog4jVulnerability (CKV2_AWS_77, Apache-2.0),
    // evaluated per aws_api_gateway_stage (the program has no aws_apigatewayv2_api): a stage with no
    // aws_wafv2_web_acl_association passes; a stage with one passes when the connected aws_wafv2_web_acl has a rule
    // whose managed_rule_group_statement names each required group. An association whose web ACL is not in the program
    // connects to no aws_wafv2_web_acl, so the stage fails, as in checkov.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var resources = RuleGraph.All(context.Stack).ToList();
        var associations = resources.OfType<Wafv2WebAclAssociation>().ToList();
        foreach (var stage in resources.OfType<ApiGatewayStage>())
        {
            foreach (var association in associations.Where(a => RuleGraph.Target(a.Args.ResourceArn) == stage))
            {
                if (RuleGraph.Target(association.Args.WebAclArn) is not Wafv2WebAcl acl)
                {
                    yield return Finding(stage, $"stage {stage.Args.StageName} is associated ({association.Name}) with a web ACL the program does not declare, so its rule groups cannot be checked: declare the web ACL in the program.");
                    continue;
                }

                var groups = (acl.Args.Rules ?? []).Select(r => r.Statement.ManagedRuleGroupStatement?.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
                var missing = RequiredGroups.Where(g => !groups.Contains(g)).ToList();
                if (missing.Count > 0)
                {
                    yield return Finding(stage, $"stage {stage.Args.StageName} is behind web ACL {acl.Args.Name ?? acl.Name}, which lacks the AWS managed rule group(s) {string.Join(" and ", missing)}: add a rule for each (vendor AWS), or suppress with the reason the stage's callers need them absent.");
                }
            }
        }
    }
}
