using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>LAMBDA-TRACING: Every Lambda function has X-Ray tracing Active.</summary>
public sealed class LambdaTracingRule() : Rule(
    RuleId,
    "Every Lambda function has X-Ray tracing Active.",
    "Traces show where a request spent its time and which call failed, across API Gateway, Lambda and DynamoDB.",
    checkovIds: ["CKV_AWS_50"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "LAMBDA-TRACING";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<LambdaFunction>()
            .Where(f => f.Args.TracingConfig is not { Mode: "Active" })
            .Select(f => Finding(f, $"function {f.Args.FunctionName} has no Active tracing: set TracingConfig.Mode = \"Active\"."));
}
