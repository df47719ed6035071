namespace Infra.Deploy;

/// <summary>The checks that run after an apply: the API answers, the order processor proves every step of an order without storing one.</summary>
public interface ISmokeTests
{
    /// <summary>Runs every smoke test against the stack's outputs; returns one line per failure (empty when all passed).</summary>
    Task<IReadOnlyList<string>> RunAsync(StackOutputs outputs);
}
