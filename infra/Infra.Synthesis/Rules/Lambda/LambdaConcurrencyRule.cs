using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>LAMBDA-CONCURRENCY: Every Lambda function has a function-level concurrency limit (reserved_concurrent_executions).</summary>
public sealed class LambdaConcurrencyRule() : Rule(
    RuleId,
    "Every Lambda function has a function-level concurrency limit (reserved_concurrent_executions, not -1).",
    "Functions without reserved concurrency share the account's pool: a flood on one can throttle every other function of the account, and nothing caps what one of them costs.",
    checkovIds: ["CKV_AWS_115"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "LAMBDA-CONCURRENCY";

    // Ported from checkov's LambdaFunctionLevelConcurrentExecutionLimit (Apache-2.0): a missing value fails, -1 (no
    // limit) fails, any other value passes, 0 included.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<LambdaFunction>()
            .Where(f => f.Args.ReservedConcurrentExecutions is null or -1)
            .Select(f => Finding(f, $"function {f.Args.FunctionName} has no function-level concurrency limit: set ReservedConcurrentExecutions (the account must keep 100 unreserved, so a new account's quota of 10 allows none)."));
}
