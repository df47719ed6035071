using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The compliant and non-compliant cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/checks/resource/aws/test_LambdaInVPC.py (test_failure: a function with environment variables and no
// vpc_config; test_success: the same function with a vpc_config of one subnet and one security group).
public class LambdaVpcRuleTests
{
    [NonCompliant(LambdaVpcRule.RuleId)]
    [Test]
    public void AFunctionOutsideAVpcFails()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Function(stack, a => a with { Environment = Environment() });

        Assert.That(new LambdaVpcRule().Evaluate(stack).Single().Message, Does.Contain("outside any VPC").And.Contain("VpcConfig"));
    }

    [Compliant(LambdaVpcRule.RuleId)]
    [Test]
    public void AFunctionWithAVpcConfigPasses()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Function(stack, a => a with
        {
            Environment = Environment(),
            VpcConfig = new LambdaFunctionVpcConfig { SubnetIds = ["subnet-for-lambda"], SecurityGroupIds = ["sg-for-lambda"] },
        });

        Assert.That(new LambdaVpcRule().Evaluate(stack), Is.Empty, "a function with a vpc_config passes, as in checkov");
    }

    [Test]
    public void ThePlatformsFunctionsAreAcceptedOutsideAVpcWithAReason()
    {
        var stacks = RuleFixtures.PlatformStacks();
        var findings = RuleRunner.Run([new LambdaVpcRule()], stacks);

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "every function outside a VPC must carry a LAMBDA-VPC suppression");
        Assert.That(findings, Has.Count.EqualTo(stacks.Sum(s => TestStacks.All<LambdaFunction>(s).Count)), "the rule must find each platform function: none runs in a VPC");
    }

    private static LambdaEnvironment Environment() => new() { Variables = new Dictionary<string, Infra.Model.Input<string>> { ["foo"] = "bar" } };
}
