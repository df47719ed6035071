using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>LAMBDA-VPC: Every Lambda function runs inside a VPC.</summary>
public sealed class LambdaVpcRule() : Rule(
    RuleId,
    "Every Lambda function runs inside a VPC (vpc_config).",
    "A function in a VPC reaches only what its subnets and security groups allow, and can reach private resources without crossing the internet.",
    checkovIds: ["CKV_AWS_117"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "LAMBDA-VPC";

    // Ported from checkov's LambdaInVPC (Apache-2.0): any vpc_config block passes.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<LambdaFunction>()
            .Where(f => f.Args.VpcConfig is null)
            .Select(f => Finding(f, $"function {f.Args.FunctionName} runs outside any VPC: set VpcConfig with its subnets and security groups, or suppress with the reason it needs no network isolation."));
}
