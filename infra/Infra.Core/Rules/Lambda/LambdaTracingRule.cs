using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>LAMBDA-TRACING: Every Lambda function has X-Ray tracing Active.</summary>
public sealed class LambdaTracingRule : Rule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "LAMBDA-TRACING";

    /// <inheritdoc />
    public override string Id => RuleId;

    /// <inheritdoc />
    public override string Title => "Every Lambda function has X-Ray tracing Active.";

    /// <inheritdoc />
    public override string Rationale => "Traces show where a request spent its time and which call failed, across API Gateway, Lambda and DynamoDB.";

    /// <inheritdoc />
    public override IReadOnlyList<string> CheckovIds => ["CKV_AWS_50"];

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(Stack stack) =>
        RuleGraph.All(stack).OfType<LambdaFunction>()
            .Where(f => f.Args.TracingConfig is not { Mode: "Active" })
            .Select(f => Finding(f, $"function {f.Args.FunctionName} has no Active tracing: set TracingConfig.Mode = \"Active\"."));
}
