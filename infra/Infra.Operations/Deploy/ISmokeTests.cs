namespace Infra.Deploy;

/// <summary>The checks that run after an apply: the ones the stack's services declare in the output <c>smoke_checks</c>.</summary>
public interface ISmokeTests
{
    /// <summary>Runs every smoke test against the stack's outputs; returns one line per failure (empty when all passed).</summary>
    Task<IReadOnlyList<string>> RunAsync(StackOutputs outputs, CancellationToken cancellationToken);
}
