using Infra.Emitters;
using Infra.Model;
using Infra.Rules;

namespace Infra.Synthesis;

/// <summary>What one synth produced: the stacks built, the rule findings and the files to write.</summary>
/// <param name="Stacks">The stacks, each with its two roots.</param>
/// <param name="Findings">Every rule finding, suppressed ones marked.</param>
/// <param name="Files">Every generated file.</param>
/// <param name="Roots">The folders written into, each with its manifest among <paramref name="Files"/> when complete.</param>
public sealed record SynthesisResult(
    IReadOnlyList<Stack> Stacks,
    IReadOnlyList<RuleFinding> Findings,
    IReadOnlyList<GeneratedFile> Files,
    IReadOnlyList<OutputRoot> Roots)
{
    /// <summary>True when an unsuppressed error finding must stop the write.</summary>
    public bool HasBlockingFindings => Findings.Any(f => f.IsBlocking);
}
