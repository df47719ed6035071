namespace Infra.Workflows.Targets;

/// <summary>The environments per stack and the chain a promotion passes through, in promotion order (dev first).</summary>
public interface IGateEnvironments
{
    /// <summary>One chain per stack, in the order changes flow (dev, then sit, then prod).</summary>
    IReadOnlyList<PromotionChain> Chains { get; }
}
