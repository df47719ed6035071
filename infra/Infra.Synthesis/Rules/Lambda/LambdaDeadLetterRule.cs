using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>LAMBDA-DLQ: Every asynchronous source of a Lambda function has somewhere for failed events to go: a dead-letter queue on the function or on its SQS source.</summary>
public sealed class LambdaDeadLetterRule() : Rule(
    RuleId,
    "Every asynchronous source of a Lambda function has somewhere for failed events to go: a dead-letter queue on the function or on its SQS source.",
    "An asynchronous event that fails all its retries is dropped silently unless it lands in a dead-letter queue, where it can be inspected and replayed. (checkov's CKV_AWS_116 asks the same of every function, whatever invokes it: LAMBDA-FUNCTION-DLQ.)")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "LAMBDA-DLQ";

    // Services that invoke a function asynchronously (the event is queued by Lambda, not awaited by the caller).
    private static readonly HashSet<string> AsyncPrincipals = new(StringComparer.Ordinal)
    {
        "sns.amazonaws.com", "s3.amazonaws.com", "events.amazonaws.com", "ses.amazonaws.com", "logs.amazonaws.com", "iot.amazonaws.com", "scheduler.amazonaws.com",
    };

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var permission in stack.ResourcesOf<LambdaPermission>().Where(p => AsyncPrincipals.Contains(p.Args.Principal)))
        {
            if (Function(RuleGraph.Target(permission.Args.FunctionName)) is { Args.DeadLetterConfig: null } function)
            {
                yield return Finding(permission, $"{permission.Args.Principal} invokes {function.Args.FunctionName} asynchronously, and the function has no dead-letter queue: set DeadLetterConfig to an encrypted SQS queue.");
            }
        }

        foreach (var mapping in stack.ResourcesOf<LambdaEventSourceMapping>())
        {
            if (RuleGraph.Target(mapping.Args.EventSourceArn) is SqsQueue { Args.RedrivePolicy: null } queue)
            {
                yield return Finding(mapping, $"queue {queue.Args.Name} feeds a function but has no redrive policy: give it a dead-letter queue (LambdaQueueSource does).");
            }
        }
    }

    private static LambdaFunction? Function(CustomResource? target) => target switch
    {
        LambdaFunction f => f,
        LambdaAlias a => RuleGraph.Target(a.Args.FunctionName) as LambdaFunction,
        _ => null,
    };
}
