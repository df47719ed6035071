using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>WAF-LOGGING: Every WAFv2 web ACL has a logging configuration.</summary>
public sealed class WafLoggingRule() : Rule(
    RuleId,
    "Every WAFv2 web ACL has a logging configuration (aws_wafv2_web_acl_logging_configuration).",
    "The web ACL's metrics count what it blocked; only its logs say which client, which request and which rule, which is what an incident review and a false positive both need.",
    checkovIds: ["CKV2_AWS_31"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "WAF-LOGGING";

    // Ported from checkov's graph check WAF2HasLogs (CKV2_AWS_31, Apache-2.0): an aws_wafv2_web_acl passes when an
    // aws_wafv2_web_acl_logging_configuration is connected to it (its resource_arn refers to the web ACL).
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var resources = RuleGraph.All(context.Stack).ToList();
        var logged = resources.OfType<Wafv2WebAclLoggingConfiguration>().Select(l => RuleGraph.Target(l.Args.ResourceArn)).ToHashSet();
        foreach (var acl in resources.OfType<Wafv2WebAcl>().Where(a => !logged.Contains(a)))
        {
            yield return Finding(acl, $"web ACL {acl.Args.Name ?? acl.Name} logs no request: add an aws_wafv2_web_acl_logging_configuration on its ARN to a log group named aws-waf-logs-* (RegionalWebAcl does).");
        }
    }
}
