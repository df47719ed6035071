using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>LAMBDA-LOGS: Every Lambda function has its log group /aws/lambda/&lt;function&gt; declared, with a retention.</summary>
public sealed class LambdaLogsRule() : Rule(
    RuleId,
    "Every Lambda function has its log group /aws/lambda/<function> declared, with a retention.",
    "A log group Lambda creates by itself keeps logs forever, unencrypted, outside the program; declaring it sets retention and the key, and must come before the function.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "LAMBDA-LOGS";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        // By root and name: a scan of every group for every function grows with the square of the services.
        var groups = stack.ResourcesOf<CloudWatchLogGroup>()
            .Where(g => g.Args.RetentionInDays > 0 && g.Args.Name.Value is not null)
            .Select(g => (g.Root, g.Args.Name.Value))
            .ToHashSet();
        foreach (var function in stack.ResourcesOf<LambdaFunction>())
        {
            var name = $"/aws/lambda/{function.Args.FunctionName}";
            if (!groups.Contains((function.Root, name)))
            {
                yield return Finding(function, $"function {function.Args.FunctionName} has no declared log group {name} with a retention: declare it in the same root, before the function (LambdaService does).");
            }
        }
    }
}
