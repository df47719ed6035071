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
    /// <summary>The folder whose whole content this source owns (stale files there are removed or reported).</summary>
    RepositoryPath OwnedDirectory { get; }

    /// <summary>The files, from every stack of the project; throws <see cref="InfraException"/> on bad input.</summary>
    IEnumerable<GeneratedFile> Generate(IReadOnlyList<Stack> stacks);
}
