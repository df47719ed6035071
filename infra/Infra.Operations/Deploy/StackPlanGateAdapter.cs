using Infra.Configuration;
using Infra.Rules;

namespace Infra.Deploy;

/// <summary>The real plan gate of the deploy sequence: the same evaluation as <c>infra gate</c>.</summary>
public sealed class StackPlanGateAdapter : IPlanGate
{
    private readonly string repositoryRoot;

    /// <summary>Gates plans of stacks of the repository at <paramref name="repositoryRoot"/>.</summary>
    public StackPlanGateAdapter(string repositoryRoot)
    {
        this.repositoryRoot = repositoryRoot;
    }

    /// <inheritdoc />
    public GateResult Evaluate(string planJsonPath, string stack)
    {
        var config = ProjectConfig.Load(repositoryRoot).Stack(stack);
        var (_, _, findings) = StackPlanGate.Evaluate(repositoryRoot, config, planJsonPath);
        return new GateResult(
            findings.All(f => f.Severity != Severity.Error),
            findings.Select(f => $"{(f.Severity switch { Severity.Error => "FAIL", Severity.Info => "INFO", _ => "WARN" })} [{f.RuleId}] {f.Address}: {f.Message}").ToList())
        {
            Fixes = PlanGate.FixesFor(findings),
        };
    }
}
