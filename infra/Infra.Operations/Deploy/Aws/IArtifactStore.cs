namespace Infra.Deploy.Aws;

/// <summary>
/// One account's artifact bucket: files stored encrypted under a key, read back only when their SHA-256 is the
/// expected one, and tagged for the bucket's lifecycle (<c>retention=pinned</c> objects never expire).
/// </summary>
public interface IArtifactStore
{
    /// <summary>The bucket's name, for messages.</summary>
    string Bucket { get; }

    /// <summary>Stores <paramref name="file"/> at <paramref name="key"/> with <paramref name="tags"/>; returns the file's SHA-256 (lower-case hex).</summary>
    Task<string> PutAsync(string key, string file, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken);

    /// <summary>
    /// Reads <paramref name="key"/> into <paramref name="outFile"/> and returns its SHA-256; refuses (and writes nothing)
    /// when the object is missing or its SHA-256 is not <paramref name="expectedSha256"/> (when given).
    /// </summary>
    Task<string> GetAsync(string key, string outFile, string? expectedSha256, CancellationToken cancellationToken);

    /// <summary>Replaces the tags of the object at <paramref name="key"/>.</summary>
    Task TagAsync(string key, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken);

    /// <summary>Replaces the tags of the object at <paramref name="key"/>; false when S3 says there is no such object (already expired).</summary>
    Task<bool> TagIfPresentAsync(string key, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken);
}
