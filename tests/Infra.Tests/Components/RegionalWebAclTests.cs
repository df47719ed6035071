using Infra.Components;
using Infra.Model;

namespace Infra.Tests.Components;

public class RegionalWebAclTests
{
    private static readonly Output<string> KeyArn = Output.Create("arn:aws:kms:eu-west-1:536580886816:key/test");
    private static readonly Output<string> StageArn = Output.Create("arn:aws:apigateway:eu-west-1::/restapis/abc123/stages/dev");

    [Test]
    public void TheRateLimitComesFirstAndBlocksPerSourceIp()
    {
        var rule = Build().WebAcl.Args.Rules![0];

        Assert.Multiple(() =>
        {
            Assert.That(rule.Priority, Is.EqualTo(0), "a flood is counted before any other rule ends its requests");
            Assert.That(rule.Action?.Block, Is.Not.Null, "the rate-based rule must block, not count");
            Assert.That(rule.Statement.RateBasedStatement?.Limit, Is.EqualTo(500), "the limit is the configured one");
            Assert.That(rule.Statement.RateBasedStatement?.AggregateKeyType, Is.EqualTo("IP"), "the limit applies per source address");
            Assert.That(rule.Statement.RateBasedStatement?.EvaluationWindowSec, Is.EqualTo(300), "the limit is per 5 minutes, as its argument's name says");
        });
    }

    [Test]
    public void TheCommonAndKnownBadInputsGroupsKeepTheirOwnBlockingActions()
    {
        var rules = Build().WebAcl.Args.Rules!.Skip(1).ToList();

        Assert.That(rules.Select(r => r.Statement.ManagedRuleGroupStatement?.Name), Is.EqualTo(new[] { "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet" }));
        Assert.That(rules.Select(r => r.Statement.ManagedRuleGroupStatement!.VendorName), Is.All.EqualTo("AWS"));
        Assert.That(rules.Select(r => r.OverrideAction?.None), Is.All.Not.Null, "override_action none keeps the groups' block actions; count would only record attacks");
        Assert.That(rules.Select(r => r.Priority), Is.EqualTo(new[] { 1, 2 }), "priorities are unique");
    }

    [Test]
    public void EverythingNoRuleBlocksIsAllowedAndEveryRuleIsMeasured()
    {
        var acl = Build().WebAcl.Args;

        Assert.Multiple(() =>
        {
            Assert.That(acl.Scope, Is.EqualTo("REGIONAL"), "a REST API stage takes a regional web ACL");
            Assert.That(acl.DefaultAction.Allow, Is.Not.Null);
            Assert.That(acl.DefaultAction.Block, Is.Null);
            Assert.That(acl.VisibilityConfig.CloudwatchMetricsEnabled && acl.VisibilityConfig.SampledRequestsEnabled, Is.True, "the web ACL's own metrics and samples");
            Assert.That(acl.Rules!.Select(r => r.VisibilityConfig.CloudwatchMetricsEnabled && r.VisibilityConfig.SampledRequestsEnabled), Is.All.True, "every rule publishes metrics and samples");
            Assert.That(acl.Rules!.Select(r => r.VisibilityConfig.MetricName).Distinct().Count(), Is.EqualTo(acl.Rules!.Count), "each rule has its own metric");
        });
    }

    [Test]
    public void EveryRequestIsLoggedToAnEncryptedAwsWafLogsGroupWithoutCredentials()
    {
        var waf = Build();

        Assert.Multiple(() =>
        {
            Assert.That(waf.LogGroup.Args.Name.Value, Is.EqualTo("aws-waf-logs-2-1-bbws-product-api-dev"), "AWS WAF logs only to a group named aws-waf-logs-*");
            Assert.That(waf.LogGroup.Args.KmsKeyId!.Output!.Expression, Is.EqualTo(KeyArn.Expression), "the log is encrypted with the stack key");
            Assert.That(waf.LogGroup.Args.RetentionInDays, Is.EqualTo(14), "the log keeps the stack's retention");
            Assert.That(RuleTarget(waf.Logging.Args.ResourceArn), Is.SameAs(waf.WebAcl), "the logging configuration is the web ACL's");
            Assert.That(waf.Logging.Args.LogDestinationConfigs.Single().Output!.Expression, Is.EqualTo(waf.LogGroup.Arn.Expression), "the web ACL logs to its own group");
            Assert.That(waf.Logging.Args.RedactedFields!.Select(f => f.SingleHeader!.Name.Value), Is.EquivalentTo(new[] { "authorization", "x-amz-security-token" }), "SigV4 signatures and session tokens stay out of the log");
        });
    }

    [Test]
    public void TheAssociationPutsTheGivenResourceBehindTheWebAcl()
    {
        var waf = Build();

        Assert.That(waf.Association.Args.ResourceArn.Output!.Expression, Is.EqualTo(StageArn.Expression));
        Assert.That(RuleTarget(waf.Association.Args.WebAclArn), Is.SameAs(waf.WebAcl));
    }

    [Test]
    public void TheLogGroupIsProtectedAndCarriesItsSuppressionsWhenAsked()
    {
        var suppression = new Suppression("LOG-RETENTION-YEAR", "A reason long enough to pass.");
        var waf = Build(a => a with { Protect = true, LogGroupSuppressions = [suppression] });

        Assert.That(waf.LogGroup.EffectiveSuppressions, Does.Contain(suppression));
        Assert.That(waf.LogGroup.Options.Protect, Is.True, "prod keeps its request log on destroy");
    }

    [TestCase(10)]
    [TestCase(2_000_000_000)]
    public void AcceptsAnyRateLimitAwsWafAccepts(int limit) =>
        Assert.That(Build(a => a with { RateLimitPerFiveMinutes = limit }).WebAcl.Args.Rules![0].Statement.RateBasedStatement!.Limit, Is.EqualTo(limit));

    [TestCase(9)]
    [TestCase(0)]
    [TestCase(-1)]
    public void RefusesARateLimitBelowTheAwsMinimum(int limit)
    {
        var e = Assert.Throws<ArgumentException>(() => Build(a => a with { RateLimitPerFiveMinutes = limit }));

        Assert.That(e!.Message, Does.Contain($"RateLimitPerFiveMinutes is {limit}").And.Contain("10 to 2000000000").And.Contain("bbws:wafRateLimit"), "the message names the argument, the value, the range and the config key");
    }

    [TestCase("")]
    [TestCase("product api")]
    [TestCase("product.api")]
    public void RefusesAWebAclNameAwsRejects(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => Build(a => a with { WebAclName = name }));

        Assert.That(e!.Message, Does.Contain($"WebAclName is '{name}'").And.Contain("letters, digits, '-' or '_'"));
    }

    [Test]
    public void RefusesANameWhoseLongestMetricNameExceedsAwsLimit()
    {
        var name = new string('a', 128 - "-AWSManagedRulesKnownBadInputsRuleSet".Length + 1);

        var e = Assert.Throws<ArgumentException>(() => Build(a => a with { WebAclName = name }));

        Assert.That(e!.Message, Does.Contain("up to 128 characters"));
        Assert.That(Build(a => a with { WebAclName = name[1..] }).WebAcl.Args.Name, Is.EqualTo(name[1..]), "one character less fits");
    }

    [Test]
    public void RefusesARetentionCloudWatchLogsRejects()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(a => a with { LogRetentionDays = 10 }));

        Assert.That(e!.Message, Does.Contain("LogRetentionDays is 10").And.Contain("7, 14"), "the message names the nearest accepted values");
    }

    private static CustomResource? RuleTarget(Input<string> input) => Infra.Rules.RuleGraph.Target(input);

    private static RegionalWebAcl Build(Func<RegionalWebAclArgs, RegionalWebAclArgs>? change = null)
    {
        var stack = TestStacks.Empty();
        var args = new RegionalWebAclArgs
        {
            WebAclName = "2-1-bbws-product-api-dev",
            ResourceArn = StageArn,
            RateLimitPerFiveMinutes = 500,
            LogRetentionDays = 14,
            KmsKeyArn = KeyArn,
        };
        return new RegionalWebAcl("product-api-waf", change is null ? args : change(args), TestStacks.In(stack.Main));
    }
}
