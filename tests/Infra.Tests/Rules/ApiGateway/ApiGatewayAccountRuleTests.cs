using Infra.Components;
using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Synthesis;
using Infra.Tests.Components;
using Infra.Tests.Permissions;

namespace Infra.Tests.Rules;

public class ApiGatewayAccountRuleTests
{
    [NonCompliant(ApiGatewayAccountRule.RuleId)]
    [Test]
    public void FailsWhenALoggingStageHasNoAccountRole()
    {
        var stack = TestStacks.Empty();
        _ = Stage(stack, dependsOn: []);

        var finding = new ApiGatewayAccountRule().Evaluate(stack).Single();

        Assert.That(finding.Message, Does.Contain("sets no CloudWatch role").And.Contain("ApiGatewayCloudWatchAccount"));
    }

    [Test]
    public void FailsWhenTheStageDoesNotDependOnTheAccountSetting()
    {
        var stack = TestStacks.Empty();
        _ = new ApiGatewayCloudWatchAccount("apigw", "role", TestStacks.In(stack.Main));
        _ = Stage(stack, dependsOn: []);

        Assert.That(new ApiGatewayAccountRule().Evaluate(stack).Single().Message, Does.Contain("does not depend on the aws_api_gateway_account"));
    }

    [Test]
    public void FailsWhenTheAccountSettingIsNotProtected()
    {
        var stack = TestStacks.Empty();
        _ = new ApiGatewayAccount("account", new ApiGatewayAccountArgs { CloudWatchRoleArn = "arn:aws:iam::536580886816:role/x" }, TestStacks.In(stack.Main));

        Assert.That(new ApiGatewayAccountRule().Evaluate(stack).Single().Message, Does.Contain("not protected"));
    }

    [Compliant(ApiGatewayAccountRule.RuleId)]
    [Test]
    public void PassesWhenTheStageDependsOnTheProtectedAccountSetting()
    {
        var stack = TestStacks.Empty();
        var account = new ApiGatewayCloudWatchAccount("apigw", "role", TestStacks.In(stack.Main));
        _ = Stage(stack, dependsOn: [account]);

        Assert.That(new ApiGatewayAccountRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void ThePlatformComplies()
    {
        var result = Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root);

        Assert.That(result.Findings.Where(f => f.RuleId == ApiGatewayAccountRule.RuleId).Select(f => f.ToString()), Is.Empty);
    }

    [Test]
    public void IsRegistered() => Assert.That(RuleRegistry.All.OfType<ApiGatewayAccountRule>(), Is.Not.Empty, "a rule not in RuleRegistry never runs");

    private static ApiGatewayStage Stage(Stack stack, IReadOnlyList<Resource> dependsOn) =>
        new("stage", new ApiGatewayStageArgs
        {
            RestApiId = "api",
            StageName = "dev",
            DeploymentId = "deployment",
            AccessLogSettings = new ApiGatewayAccessLogSettings { DestinationArn = "arn:aws:logs:eu-west-1:536580886816:log-group:x", Format = "{}" },
        }, TestStacks.In(stack.Main) with { DependsOn = dependsOn });
}
