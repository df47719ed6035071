namespace Infra.Files;

/// <summary>The real file system.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    /// <summary>The one instance; it holds no state.</summary>
    public static readonly PhysicalFileSystem Instance = new();

    /// <inheritdoc />
    public bool FileExists(string path) => File.Exists(path);

    /// <inheritdoc />
    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    /// <inheritdoc />
    public Stream Create(string path) => new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);

    /// <inheritdoc />
    public Stream OpenRead(string path) => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);

    /// <inheritdoc />
    public void Move(string from, string to, bool overwrite) => File.Move(from, to, overwrite);

    /// <inheritdoc />
    public void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // A file in a missing folder is a missing file: nothing to delete.
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> EnumerateFiles(string directory, string pattern) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, pattern, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
            : [];
}
