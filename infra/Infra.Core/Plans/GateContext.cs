namespace Infra.Plans;

/// <summary>What gate rules know about the stack a plan is for.</summary>
/// <param name="Stack">The stack name.</param>
public sealed record GateContext(string Stack)
{
    /// <summary>The stack in which nothing may be destroyed by a pipeline.</summary>
    public const string ProductionStack = "prod";

    /// <summary>True for the production stack.</summary>
    public bool IsProduction => Stack == ProductionStack;
}
