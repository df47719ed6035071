using Infra.Emitters;
using Infra.Model;

namespace Infra.Synthesis;

/// <summary>
/// A producer of generated files outside the stacks (the GitHub Actions workflows), plugged into
/// <see cref="Synthesizer.Run"/> by the CLI so that the core never references the projects that build on it.
/// Its files are validated and collected with the stacks' before anything is written.
/// </summary>
public interface IGeneratedFileSource
{
    /// <summary>
    /// The output root its files go under (see <see cref="OutputRoot"/>); when every source runs, the root's manifest
    /// lists exactly what they produced, so a file dropped by a source is removed.
    /// </summary>
    RepositoryPath OutputRoot { get; }

    /// <summary>The files, from every stack of the project; throws <see cref="InfraException"/> on bad input.</summary>
    IEnumerable<GeneratedFile> Generate(IReadOnlyList<Stack> stacks);
}
