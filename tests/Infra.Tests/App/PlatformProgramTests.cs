using Infra.Components;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Synthesis;
using Infra.Tests.Permissions;

namespace Infra.Tests.App;

public class PlatformProgramTests
{
    private static readonly Lazy<SynthesisResult> Result = new(() => Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root));

    [Test]
    public void EveryStackSynthesizesWithoutRuleErrors() =>
        Assert.That(Result.Value.Findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty);

    [TestCase("dev", "CodeDeployDefault.LambdaAllAtOnce")]
    [TestCase("sit", "CodeDeployDefault.LambdaLinear10PercentEvery1Minute")]
    [TestCase("prod", "CodeDeployDefault.LambdaCanary10Percent5Minutes")]
    public void EachStackShiftsTrafficWithItsOwnDeploymentConfig(string stack, string config)
    {
        var services = Result.Value.Stacks.Single(s => s.Name == stack).Main.Resources.OfType<LambdaService>().ToList();

        Assert.That(services, Is.Not.Empty);
        Assert.That(services.Select(s => s.DeploymentGroup.Args.DeploymentConfigName), Is.All.EqualTo(config));
    }

    [TestCase("dev", "2-1-bbws-order-templates-536580886816-dev")]
    [TestCase("sit", "2-1-bbws-order-templates-815856636111-sit")]
    [TestCase("prod", "2-1-bbws-order-templates-093646564004-prod")]
    public void TheTemplatesBucketNameHoldsTheStacksAccountId(string stack, string bucket)
    {
        var templates = Result.Value.Stacks.Single(s => s.Name == stack).Main.Resources.OfType<EmailTemplates>().Single();

        Assert.That(templates.Bucket.Bucket.Args.Bucket, Is.EqualTo(bucket), "S3 bucket names are global: without the account id another account can take the name first");
    }

    [Test]
    public void TheOrderProcessorGetsTheEmailVariablesUnderTheNamesItsCodeReads()
    {
        var processor = Result.Value.Stacks.First().Main.Resources.OfType<LambdaService>().Single(s => s.Name == "order-processor");

        Assert.That(processor.Args.Environment.Keys, Is.SupersetOf(new[] { "TEMPLATES_BUCKET_NAME", "FROM_EMAIL", "INTERNAL_EMAILS", "ORDERS_TABLE_NAME" }));
        Assert.That(processor.EventSourceMapping, Is.Not.Null, "the order processor is fed by its queue");
    }

    [TestCase("dev")]
    [TestCase("sit")]
    [TestCase("prod")]
    public void ThePlatformKeyLetsSesPublishToTheEncryptedTopicAndTheStateKeyDoesNot(string stack)
    {
        var built = Result.Value.Stacks.Single(s => s.Name == stack);
        bool NamesSes(EncryptionKey key) => key.Key.Args.Policy!.Statements.Any(s => s.Principals.TryGetValue("Service", out var p) && p.Any(v => v.Value == "ses.amazonaws.com"));

        var platform = built.Main.Resources.OfType<EncryptionKey>().Single(k => k.Name == "platform-key");
        var state = built.Bootstrap.Resources.OfType<EncryptionKey>().Single(k => k.Name == "state-key");

        Assert.Multiple(() =>
        {
            Assert.That(NamesSes(platform), Is.True, "SES's bounce and complaint events reach the topic only when the topic's key lets SES use it");
            Assert.That(NamesSes(state), Is.False, "the state key encrypts no SES destination");
        });
    }

    [Test]
    public void AConfiguredReservationReservesConcurrencyAndDropsTheQuotaSuppression()
    {
        using var repo = Testing.TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "  bbws:approvals: 3", "  bbws:approvals: 3\n  bbws:productApiReservedConcurrency: 50");

        var stack = Testing.StackHarness.Build(repo.Root, "prod");

        var productApi = (LambdaFunction)stack.Main.Find("product-api-function")!;
        var orderProcessor = (LambdaFunction)stack.Main.Find("order-processor-function")!;
        Assert.Multiple(() =>
        {
            Assert.That(productApi.Args.ReservedConcurrentExecutions, Is.EqualTo(50), "the configured reservation must reach the function");
            Assert.That(productApi.EffectiveSuppressions.Select(s => s.RuleId), Does.Not.Contain(LambdaConcurrencyRule.RuleId), "a reserved function must not carry the quota suppression");
            Assert.That(orderProcessor.Args.ReservedConcurrentExecutions, Is.Null, "-1 (the default) reserves nothing");
            Assert.That(orderProcessor.EffectiveSuppressions.Select(s => s.RuleId), Does.Contain(LambdaConcurrencyRule.RuleId));
        });
    }

    [Test]
    public void TheOrderQueuePollerStopsAtTheStacksMaximumConcurrency()
    {
        var mapping = Result.Value.Stacks.Single(s => s.Name == "prod").Main.CustomResources.OfType<LambdaEventSourceMapping>().Single();

        Assert.That(mapping.Args.ScalingConfig?.MaximumConcurrency, Is.EqualTo(5), "bbws:orderQueueMaximumConcurrency defaults to 5, half a new account's quota");
    }

    [TestCase("dev")]
    [TestCase("sit")]
    [TestCase("prod")]
    public void TheProductApisStageIsBehindAWebAclLimitedByTheDefaultRate(string stack)
    {
        var built = Result.Value.Stacks.Single(s => s.Name == stack);
        var waf = built.Main.Resources.OfType<RegionalWebAcl>().Single();
        var stage = built.Main.Resources.OfType<LambdaRestApi>().Single().Stage;

        Assert.That(RuleGraph.Target(waf.Association.Args.ResourceArn), Is.SameAs(stage), "the web ACL must guard the product API's stage");
        Assert.That(waf.WebAcl.Args.Rules![0].Statement.RateBasedStatement!.Limit, Is.EqualTo(500), "bbws:wafRateLimit defaults to 500 requests per IP per 5 minutes");
    }

    [Test]
    public void AConfiguredWafRateLimitReachesTheRateBasedRule()
    {
        using var repo = Testing.TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "  bbws:approvals: 3", "  bbws:approvals: 3\n  bbws:wafRateLimit: 120");

        var stack = Testing.StackHarness.Build(repo.Root, "prod");

        var acl = (Wafv2WebAcl)stack.Main.Find("product-api-waf")!;
        Assert.That(acl.Args.Rules![0].Statement.RateBasedStatement!.Limit, Is.EqualTo(120));
    }

    [Test]
    public void AWafRateLimitBelowTheAwsMinimumIsRefusedNamingTheKey()
    {
        using var repo = Testing.TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "  bbws:approvals: 3", "  bbws:approvals: 3\n  bbws:wafRateLimit: 5");

        var e = Assert.Catch(() => Testing.StackHarness.Build(repo.Root, "prod"));

        Assert.That(e!.ToString(), Does.Contain("RateLimitPerFiveMinutes is 5").And.Contain("bbws:wafRateLimit"));
    }
}
