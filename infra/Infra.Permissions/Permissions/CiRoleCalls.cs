using Infra.Model;

namespace Infra.Permissions;

/// <summary>
/// Which calls a CI role's job makes, the one rule that IAM-COVERAGE checks and <c>infra permissions sync</c> writes
/// into the ledgers: every call of the main root's resources and state (the requirement tables) and of the deploy
/// driver; the deploy role makes all of them, a role that only plans makes those a plan with refresh makes.
/// </summary>
public static class CiRoleCalls
{
    /// <summary>The ledger role that applies the main root and runs the deploy driver.</summary>
    public const string DeployRole = "github-deploy";

    /// <summary>True when the ledger role <paramref name="ledgerRole"/> applies and deploys, false when it only plans.</summary>
    public static bool Deploys(string ledgerRole) => ledgerRole == DeployRole;

    /// <summary>Every call any CI role of <paramref name="stack"/> may make, resource by resource (a resource's calls come together), then the driver's.</summary>
    public static IEnumerable<RequiredCall> Of(Stack stack, RequirementTable table, IResourceArns arns) =>
        RequiredCalls.Enumerate(stack.Main, table, arns).Concat(DriverCalls.Of(stack, arns));

    /// <summary>
    /// True when the CI role of ledger role <paramref name="ledgerRole"/> makes <paramref name="call"/>: the roles the
    /// call names (<see cref="RequiredCall.MadeBy"/>), else the deploy role, and a role that only plans when the call is
    /// needed to plan.
    /// </summary>
    public static bool Makes(string ledgerRole, RequiredCall call) =>
        call.MadeBy is { } roles ? roles.Contains(ledgerRole, StringComparer.Ordinal) : Deploys(ledgerRole) || call.NeededToPlan;

    /// <summary>The calls the CI role of ledger role <paramref name="ledgerRole"/> makes in <paramref name="stack"/>.</summary>
    public static IEnumerable<RequiredCall> For(string ledgerRole, Stack stack, RequirementTable table, IResourceArns arns) =>
        Of(stack, table, arns).Where(c => Makes(ledgerRole, c));
}
