using Infra.Model;

namespace Infra.Components;

/// <summary>
/// The folder of a Lambda function's source code, which rule LAMBDA-ENV scans for the environment variables the
/// code reads. Carries the absolute path for reading and the repository path for messages.
/// </summary>
public sealed record HandlerSource
{
    private HandlerSource(RepositoryPath folder, string fullPath)
    {
        Folder = folder;
        FullPath = fullPath;
    }

    /// <summary>The folder, relative to the repository root (used in messages).</summary>
    public RepositoryPath Folder { get; }

    /// <summary>The folder on disk (never written into any output).</summary>
    public string FullPath { get; }

    /// <summary>The folder <paramref name="folder"/> of the checkout at <paramref name="repositoryRoot"/>.</summary>
    public static HandlerSource In(string repositoryRoot, string folder)
    {
        var path = new RepositoryPath(folder);
        return new HandlerSource(path, path.Under(repositoryRoot));
    }
}
