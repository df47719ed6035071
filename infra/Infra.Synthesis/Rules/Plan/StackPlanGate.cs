using Infra.Configuration;
using Infra.Plans;

namespace Infra.Rules;

/// <summary>
/// The gate as every caller runs it (the <c>gate</c> verb, <c>deploy</c>, <c>plan</c>): read the plan, check that it
/// belongs to the stack, mark protected addresses from the stack's generated Terraform, and evaluate the rules.
/// </summary>
public static class StackPlanGate
{
    /// <summary>The plan's changes and the gate's findings.</summary>
    /// <param name="repositoryRoot">The checkout.</param>
    /// <param name="stack">The stack the plan must belong to.</param>
    /// <param name="planPath">The plan JSON.</param>
    /// <param name="protectedFolder">Where protected resources are read from; default <c>stacks/&lt;stack&gt;/terraform</c>.</param>
    public static (PlanFile Plan, ChangeSet Changes, IReadOnlyList<RuleFinding> Findings) Evaluate(string repositoryRoot, StackConfig stack, string planPath, string? protectedFolder = null)
    {
        var defaultFolder = Path.Combine(repositoryRoot, "stacks", stack.StackName, "terraform");
        IReadOnlySet<string>? protectedAddresses = PlanFile.DetectEngine(planPath) != PlanEngine.Terraform ? null
            : protectedFolder is not null ? ProtectedAddresses.FromTerraformJson(protectedFolder)
            : Directory.Exists(defaultFolder) ? ProtectedAddresses.FromTerraformJson(defaultFolder)
            : null;

        // The gate judges actions only: no attribute diffs, no resource values kept.
        var (planFile, changes) = PlanFile.LoadChangeSet(planPath, protectedAddresses, withAttributes: false);
        StackOwnership.Check(planFile, stack);
        return (planFile, changes, PlanGate.Evaluate(new PlanContext(changes, stack.StackName)));
    }
}
