namespace Infra.Permissions;

/// <summary>
/// One IAM request a CI role must be allowed to make: the engine's call for one resource of a root, the state
/// backend's, or the deploy driver's own. IAM-COVERAGE evaluates each against the role's policy.
/// </summary>
/// <param name="Address">Who needs it: a Terraform address (<c>aws_lambda_function.product_api</c>), <c>state</c> for the backend, <c>driver</c> for the deploy driver.</param>
/// <param name="Operation">When: <c>refresh</c>, <c>create</c>, <c>update</c>, <c>delete</c>, <c>tag</c> for resources; the step's name for state and driver calls (e.g. <c>lock</c>, <c>freeze-check</c>).</param>
/// <param name="Action">The IAM action as AWS spells it, e.g. <c>lambda:GetFunction</c>.</param>
/// <param name="Resource">The ARN the request is evaluated against; a part unknown until apply is a <see cref="ResourceArnTokens"/> token, and an action without resource-level permissions uses <c>*</c>.</param>
/// <param name="Context">The request context keys the call carries (e.g. <c>iam:PassedToService</c>), by key; empty when none matter.</param>
/// <param name="Source">Where the requirement comes from: the requirement table entry (<c>infra/IamRequirements/...: aws_lambda_function create</c>) or the driver's declaration.</param>
/// <param name="NeededToPlan">True when a plan with refresh makes the call (refresh reads, state reads, the state lock): the plan and drift roles need exactly these, and IAM-COVERAGE checks that nothing else they are granted changes a resource.</param>
public sealed record RequiredCall(
    string Address,
    string Operation,
    string Action,
    string Resource,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Context,
    string Source,
    bool NeededToPlan)
{
    /// <summary>
    /// The account that owns <see cref="Resource"/> when it is not the stack's own (a promotion's read of the bucket of
    /// the stack below): AWS then needs the owner's resource policy to allow the call too. Null: the stack's account.
    /// </summary>
    public string? ResourceAccount { get; init; }

    /// <summary>
    /// The ledger roles that make the call, when only those do (a promotion's read of the bucket below: the promoted
    /// stack's deploy and promotion plan roles, not its drift role). Null: the deploy role, and the roles that only plan
    /// when <see cref="NeededToPlan"/>.
    /// </summary>
    public IReadOnlyList<string>? MadeBy { get; init; }
}
