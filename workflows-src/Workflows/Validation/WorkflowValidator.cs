using Infra.Workflows.Model;
using Infra.Workflows.Targets;

namespace Infra.Workflows.Validation;

/// <summary>Refuses a set of workflows that breaks any of <see cref="WorkflowInvariants"/>, before anything is written.</summary>
public static class WorkflowValidator
{
    /// <summary>Every violation, prefixed with its rule's name.</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyList<Workflow> workflows, WorkflowContext context) =>
        WorkflowInvariants.All.SelectMany(rule => rule.Check(workflows, context).Select(v => $"{rule.Name}: {v}")).ToList();

    /// <summary>Throws an <see cref="InfraException"/> (exit 2) listing every violation.</summary>
    public static void Validate(IReadOnlyList<Workflow> workflows, WorkflowContext context)
    {
        var violations = Violations(workflows, context);
        if (violations.Count > 0)
        {
            throw new InfraException($"workflows-src: {violations.Count} workflow problem(s); nothing was written:\n  " + string.Join("\n  ", violations), ExitCodes.BadInput);
        }
    }
}
