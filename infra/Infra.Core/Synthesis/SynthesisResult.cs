using Infra.Emitters;
using Infra.Model;
using Infra.Rules;

namespace Infra.Synthesis;

/// <summary>What one synth produced: the stacks built, the rule findings and the files to write.</summary>
/// <param name="Stacks">The stacks, each with its two roots.</param>
/// <param name="Findings">Every rule finding, suppressed ones marked.</param>
/// <param name="Files">Every generated file.</param>
/// <param name="OwnedDirectories">The folders whose whole content synth owns (stale files there are removed).</param>
public sealed record SynthesisResult(
    IReadOnlyList<Stack> Stacks,
    IReadOnlyList<RuleFinding> Findings,
    IReadOnlyList<GeneratedFile> Files,
    IReadOnlyList<RepositoryPath> OwnedDirectories)
{
    /// <summary>True when an unsuppressed error finding must stop the write.</summary>
    public bool HasBlockingFindings => Findings.Any(f => f.IsBlocking);
}
