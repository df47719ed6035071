using Infra.Model;
using Infra.Synthesis;

namespace Infra.Deploy;

/// <summary>The real generated-output check of the deploy sequence: <c>infra synth --check</c> for one stack.</summary>
public sealed class GeneratedOutputCheck : IGeneratedOutputCheck
{
    private readonly IInfraApp app;
    private readonly string repositoryRoot;
    private readonly string stack;
    private readonly TimeProvider time;

    /// <summary>Checks the committed output of <paramref name="stack"/>, as <paramref name="app"/> builds it, its rules on <paramref name="time"/>.</summary>
    public GeneratedOutputCheck(IInfraApp app, string repositoryRoot, string stack, TimeProvider time)
    {
        this.time = time;
        this.app = app;
        this.repositoryRoot = repositoryRoot;
        this.stack = stack;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> StaleFiles() => OutputWriter.Stale(repositoryRoot, Synthesizer.Run(app, repositoryRoot, stack, time: time));
}
