namespace Infra.Rules;

/// <summary>IAM-NOT-ACTION: No Allow statement uses NotAction or NotResource.</summary>
public sealed class IamNotActionRule() : Rule(
    RuleId,
    "No Allow statement uses NotAction or NotResource.",
    "An Allow with NotAction grants every action but the listed ones, including every action AWS adds later.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "IAM-NOT-ACTION";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var resource in RuleGraph.All(stack))
        {
            foreach (var (property, document) in RuleGraph.Documents(resource))
            {
                foreach (var statement in document.Statements.Where(s => s.Effect == "Allow" && s.NotActions.Count > 0))
                {
                    yield return Finding(resource, $"{RuleGraph.Label(statement)} of {property} allows NotAction [{string.Join(", ", statement.NotActions)}]: list the actions granted instead.");
                }
            }
        }
    }
}
