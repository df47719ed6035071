namespace Infra.Model;

/// <summary>How a <see cref="FileValue"/> is handed to Pulumi.</summary>
public enum FileKind
{
    /// <summary>A zip archive (Pulumi <c>fn::fileArchive</c>).</summary>
    Archive,

    /// <summary>A single file (Pulumi <c>fn::fileAsset</c>).</summary>
    Asset,
}
