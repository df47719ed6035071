using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>WAF-LOG4J: Every WAFv2 web ACL applies the AWS managed known-bad-inputs rule group, which blocks Log4j lookups (CVE-2021-44228).</summary>
public sealed class WafKnownBadInputsRule() : Rule(
    RuleId,
    "Every WAFv2 web ACL has a rule with the AWS managed rule group AWSManagedRulesKnownBadInputsRuleSet that keeps the group's own actions (override_action none), so that Log4j lookups (CVE-2021-44228) are blocked.",
    "Log4Shell payloads (${jndi:...} in any header, path or body) still arrive at every public endpoint; the known-bad-inputs group blocks them before a backend, or a library it logs through, can expand them. A group whose actions are overridden to count only records the attack.",
    checkovIds: ["CKV_AWS_192"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "WAF-LOG4J";

    /// <summary>The managed rule group the rule requires.</summary>
    public const string GroupName = "AWSManagedRulesKnownBadInputsRuleSet";

    // Ported from checkov's resource check WAFACLCVE202144228 (CKV_AWS_192, Apache-2.0): the first rule whose statement
    // is a managed rule group named AWSManagedRulesKnownBadInputsRuleSet decides; it passes when its override_action is
    // none, and a web ACL with no such rule fails. (checkov also fails the group when its deprecated excluded_rule names
    // Log4JRCE; the binding has no excluded_rule, so no program can exclude it.)
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        foreach (var acl in RuleGraph.All(context.Stack).OfType<Wafv2WebAcl>())
        {
            var rule = (acl.Args.Rules ?? []).FirstOrDefault(r => r.Statement.ManagedRuleGroupStatement?.Name == GroupName);
            if (rule is null)
            {
                yield return Finding(acl, $"web ACL {acl.Args.Name ?? acl.Name} has no rule with the managed rule group {GroupName}: add one (vendor AWS, override_action none) so that Log4j lookups are blocked.");
            }
            else if (rule.OverrideAction?.None is null)
            {
                yield return Finding(acl, $"web ACL {acl.Args.Name ?? acl.Name} overrides the actions of {GroupName} in rule {rule.Name}, so its matches are only counted: set override_action to none.");
            }
        }
    }
}
