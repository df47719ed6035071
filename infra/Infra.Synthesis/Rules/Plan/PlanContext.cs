using Infra.Plans;

namespace Infra.Rules;

/// <summary>What a plan rule reads: the plan's changes and the stack they are for, read before any rule runs.</summary>
/// <param name="Changes">The plan's changes, protected addresses marked.</param>
/// <param name="Stack">The stack name.</param>
public sealed record PlanContext(ChangeSet Changes, string Stack)
{
    /// <summary>The stack in which nothing may be destroyed by a pipeline.</summary>
    public const string ProductionStack = "prod";

    /// <summary>
    /// Protections weakened on resources that stay (read only by the pull-request gate, which compares two
    /// revisions of the generated output; a plan does not carry lifecycle settings).
    /// </summary>
    public IReadOnlyList<ProtectionLoss> ProtectionLosses { get; init; } = [];

    /// <summary>True for the production stack.</summary>
    public bool IsProduction => Stack == ProductionStack;
}
