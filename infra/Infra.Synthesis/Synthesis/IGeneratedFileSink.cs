using Infra.Emitters;

namespace Infra.Synthesis;

/// <summary>
/// Takes each generated file as soon as it is emitted, while the rules still run (<see cref="Synthesizer.Run"/>), so
/// that a synth need not hold its whole output in memory until the verdict: <see cref="OutputStaging"/> compares each
/// file with the one on disk and stages what changed.
/// </summary>
public interface IGeneratedFileSink
{
    /// <summary>Called once, before the first file, with the folders the files go under.</summary>
    void Open(IReadOnlyList<OutputRoot> roots);

    /// <summary>
    /// Takes one file; called from several threads at once, in no fixed order. Returns what the synthesis result keeps
    /// of it: the file itself, or <see cref="GeneratedFile.WithoutContent"/> once the content is safely elsewhere.
    /// </summary>
    GeneratedFile Accept(GeneratedFile file);
}
