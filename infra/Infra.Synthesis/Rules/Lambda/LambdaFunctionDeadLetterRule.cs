using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>LAMBDA-FUNCTION-DLQ: Every Lambda function names a dead-letter queue of its own (dead_letter_config).</summary>
public sealed class LambdaFunctionDeadLetterRule() : Rule(
    RuleId,
    "Every Lambda function names a dead-letter queue of its own (dead_letter_config with a target_arn).",
    "An asynchronous invocation that fails all its retries is dropped unless the function sends it to a dead-letter queue; LAMBDA-DLQ checks the sources the program wires, this rule every function.",
    checkovIds: ["CKV_AWS_116"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "LAMBDA-FUNCTION-DLQ";

    // Ported from checkov's LambdaDLQConfigured (Apache-2.0): dead_letter_config/[0]/target_arn must hold any value.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<LambdaFunction>()
            .Where(f => f.Args.DeadLetterConfig?.TargetArn is null)
            .Select(f => Finding(f, $"function {f.Args.FunctionName} has no dead-letter queue: set DeadLetterConfig.TargetArn to an encrypted SQS queue or SNS topic, or accept it where the function is never invoked asynchronously."));
}
