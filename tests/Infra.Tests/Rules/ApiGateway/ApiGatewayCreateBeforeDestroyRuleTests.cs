using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The compliant and non-compliant cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/checks/resource/aws/example_APIGatewayCreateBeforeDestroy/main.tf and
// test_APIGatewayCreateBeforeDestroy.py ("fail": no lifecycle block; "fail2": create_before_destroy = false; "pass": true).
// In the model, no lifecycle block and create_before_destroy = false are the same option value.
public class ApiGatewayCreateBeforeDestroyRuleTests
{
    [NonCompliant(ApiGatewayCreateBeforeDestroyRule.RuleId)]
    [Test]
    public void ARestApiReplacedDestroyFirstFails()
    {
        var stack = TestStacks.Empty();
        _ = Api(stack, "fail", TestStacks.In(stack.Main));
        _ = Api(stack, "fail2", TestStacks.In(stack.Main) with { CreateBeforeDestroy = false });

        var findings = new ApiGatewayCreateBeforeDestroyRule().Evaluate(stack);

        Assert.That(findings.Select(f => f.Resource!.Name), Is.EquivalentTo(new[] { "fail", "fail2" }));
        Assert.That(findings[0].Message, Does.Contain("destroy-first").And.Contain("CreateBeforeDestroy"));
    }

    [Compliant(ApiGatewayCreateBeforeDestroyRule.RuleId)]
    [Test]
    public void ARestApiReplacedCreateFirstPasses()
    {
        var stack = TestStacks.Empty();
        _ = Api(stack, "pass", TestStacks.In(stack.Main) with { CreateBeforeDestroy = true });

        Assert.That(new ApiGatewayCreateBeforeDestroyRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void ThePlatformsApiIsReplacedCreateFirstWithoutSuppression()
    {
        var findings = RuleRunner.Run([new ApiGatewayCreateBeforeDestroyRule()], RuleFixtures.PlatformStacks());

        Assert.That(findings.Select(f => f.ToString()), Is.Empty, "LambdaRestApi must create its REST API with CreateBeforeDestroy; this finding is fixed, never suppressed");
    }

    private static ApiGatewayRestApi Api(Stack stack, string name, ResourceOptions options) =>
        new(name, new ApiGatewayRestApiArgs { Name = "example", Tags = new Dictionary<string, string> { ["test"] = "Fail" } }, options);
}
