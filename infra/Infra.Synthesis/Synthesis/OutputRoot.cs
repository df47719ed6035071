using Infra.Model;

namespace Infra.Synthesis;

/// <summary>
/// A folder synth writes into, with its manifest of the files synth owns there (<see cref="OutputManifest"/>).
/// </summary>
/// <param name="Path">The folder, relative to the repository root.</param>
/// <param name="Complete">
/// True when this synth generated every file of the folder, so its manifest is rewritten and files that dropped out
/// of it are removed. False when only part was generated (<c>--stack dev</c> does not produce the workflows): its
/// files are written, nothing is removed and the manifest is left as it is.
/// </param>
public sealed record OutputRoot(RepositoryPath Path, bool Complete)
{
    /// <summary>True when <paramref name="file"/> lies under this folder.</summary>
    public bool Contains(RepositoryPath file) => file.Value.StartsWith(Path.Value + "/", StringComparison.Ordinal);

    /// <summary>Where this folder's manifest lives.</summary>
    public RepositoryPath ManifestPath => Path.Combine(OutputManifest.FileName);
}
