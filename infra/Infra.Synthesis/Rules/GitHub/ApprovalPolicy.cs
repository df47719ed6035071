namespace Infra.Rules;

/// <summary>
/// The team's approval rule, as numbers: dev deploys on push (its one approval is the pull-request review), sit
/// needs 2 distinct approvals, prod 3 and a change ticket; a rollback in sit or prod needs 2. Config says how the
/// approvals are given (reviewer sets); these floors say how many, so lowering <c>bbws:approvals</c> fails synth.
/// </summary>
public static class ApprovalPolicy
{
    private static readonly IReadOnlyDictionary<string, int> Required = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["dev"] = 1,
        ["sit"] = 2,
        ["prod"] = 3,
    };

    /// <summary>Distinct approvals a deployment to <paramref name="stack"/> needs; 1 for a stack the policy does not name.</summary>
    public static int Deployment(string stack) => Required.GetValueOrDefault(stack, 1);

    /// <summary>Distinct approvals a rollback in <paramref name="stack"/> needs: 2 wherever a deployment needs more than 1.</summary>
    public static int Rollback(string stack) => Deployment(stack) > 1 ? 2 : 1;

    /// <summary>True when a promotion to <paramref name="stack"/> needs a change ticket.</summary>
    public static bool NeedsChangeTicket(string stack) => stack == "prod";

    /// <summary>True when the stack's environments must refuse self-review and admin bypass and restrict refs.</summary>
    public static bool IsGuarded(string stack) => Deployment(stack) > 1;
}
