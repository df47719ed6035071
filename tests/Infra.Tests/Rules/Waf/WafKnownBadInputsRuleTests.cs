using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/checks/resource/aws/example_WAFACLCVE202144228/main.tf and test_WAFACLCVE202144228.py (pass and
// multi_rules pass; no_rule, wrong_rule and rule_group_count fail). rule_count fails there through an excluded_rule
// naming Log4JRCE, which the binding cannot express; pass_dynamic needs Terraform variables.
public class WafKnownBadInputsRuleTests
{
    [NonCompliant(WafKnownBadInputsRule.RuleId)]
    [Test]
    public void AWebAclWithoutTheKnownBadInputsGroupFails()
    {
        var stack = TestStacks.Empty();
        _ = Acl(stack, "no-rule");
        _ = Acl(stack, "wrong-rule", Managed("rule-1", 1, "AWSManagedRulesAnonymousIpList"));

        var findings = new WafKnownBadInputsRule().Evaluate(stack).ToList();

        Assert.That(findings.Select(f => f.Resource!.Name), Is.EqualTo(new[] { "no-rule", "wrong-rule" }));
        Assert.That(findings[0].Message, Does.Contain("has no rule with the managed rule group AWSManagedRulesKnownBadInputsRuleSet").And.Contain("override_action none"));
    }

    [NonCompliant(WafKnownBadInputsRule.RuleId)]
    [Test]
    public void AKnownBadInputsGroupThatOnlyCountsFails()
    {
        var stack = TestStacks.Empty();
        _ = Acl(stack, "rule-group-count", Managed("rule-1", 1, WafKnownBadInputsRule.GroupName) with
        {
            OverrideAction = new Wafv2OverrideAction { Count = new Wafv2OverrideActionCount() },
        });

        var finding = new WafKnownBadInputsRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("rule-group-count"));
        Assert.That(finding.Message, Does.Contain("only counted").And.Contain("set override_action to none"));
    }

    [Compliant(WafKnownBadInputsRule.RuleId)]
    [Test]
    public void AWebAclThatAppliesTheGroupPassesAmongOtherRules()
    {
        var stack = TestStacks.Empty();
        _ = Acl(stack, "pass", Managed("rule-1", 1, WafKnownBadInputsRule.GroupName));
        _ = Acl(
            stack,
            "multi-rules",
            Managed("aws-managed-known-bad-inputs", 1, WafKnownBadInputsRule.GroupName),
            Managed("aws-managed-common-rule-set", 2, "AWSManagedRulesCommonRuleSet"),
            new Wafv2WebAclRule
            {
                Name = "rate-limit-ip",
                Priority = 3,
                Action = new Wafv2RuleAction { Block = new Wafv2BlockAction() },
                Statement = new Wafv2Statement { RateBasedStatement = new Wafv2RateBasedStatement { Limit = 1000, AggregateKeyType = "IP" } },
                VisibilityConfig = Visibility("rate-limit-ip"),
            });

        Assert.That(new WafKnownBadInputsRule().Evaluate(stack), Is.Empty, "checkov passes both web ACLs");
    }

    [Test]
    public void ThePlatformsWebAclsBlockLog4jWithoutASuppression()
    {
        var stacks = RuleFixtures.PlatformStacks();

        Assert.That(RuleRunner.Run([new WafKnownBadInputsRule()], stacks).Select(f => f.ToString()), Is.Empty);
        Assert.That(stacks.Select(s => TestStacks.All<Wafv2WebAcl>(s).Count), Is.All.EqualTo(1), "each stack has its product API's web ACL, so the rule has something to judge");
    }

    internal static Wafv2WebAclRule Managed(string name, int priority, string group) => new()
    {
        Name = name,
        Priority = priority,
        OverrideAction = new Wafv2OverrideAction { None = new Wafv2NoOverride() },
        Statement = new Wafv2Statement { ManagedRuleGroupStatement = new Wafv2ManagedRuleGroupStatement { Name = group, VendorName = "AWS" } },
        VisibilityConfig = Visibility(name),
    };

    internal static Wafv2WebAcl Acl(Stack stack, string name, params Wafv2WebAclRule[] rules) =>
        new(name, new Wafv2WebAclArgs
        {
            Name = name,
            Scope = "REGIONAL",
            DefaultAction = new Wafv2DefaultAction { Allow = new Wafv2AllowAction() },
            Rules = rules.Length == 0 ? null : rules,
            VisibilityConfig = new Wafv2VisibilityConfig { CloudwatchMetricsEnabled = false, MetricName = "friendly-metric-name", SampledRequestsEnabled = false },
        }, TestStacks.In(stack.Main));

    private static Wafv2RuleVisibilityConfig Visibility(string metric) => new() { CloudwatchMetricsEnabled = true, MetricName = metric, SampledRequestsEnabled = true };
}
