namespace Infra.Model;

/// <summary>A local file the engine uploads: a zip archive (Lambda code) or a single file (an S3 object).</summary>
/// <param name="Path">The file, relative to the repository root.</param>
/// <param name="Kind">Archive or asset.</param>
public sealed record FileValue(RepositoryPath Path, FileKind Kind) : PropertyValue;
