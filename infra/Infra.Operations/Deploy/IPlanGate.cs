namespace Infra.Deploy;

/// <summary>The plan gate, as the deploy driver needs it: reads a plan's JSON and says whether it may be applied.</summary>
public interface IPlanGate
{
    /// <summary>Evaluates the plan JSON at <paramref name="planJsonPath"/> for <paramref name="stack"/>.</summary>
    GateResult Evaluate(string planJsonPath, string stack);
}
