namespace Infra.Files;

/// <summary>
/// The few file operations <see cref="FileTransaction"/> needs. The seam lets tests make one operation fail in the
/// middle of a set (a full disk, an immutable file) and check that nothing was left half-written.
/// </summary>
public interface IFileSystem
{
    /// <summary>True when a file (not a folder) exists at <paramref name="path"/>.</summary>
    bool FileExists(string path);

    /// <summary>Creates a folder and its parents.</summary>
    void CreateDirectory(string path);

    /// <summary>Creates or truncates a file for writing.</summary>
    Stream Create(string path);

    /// <summary>Opens a file for reading.</summary>
    Stream OpenRead(string path);

    /// <summary>Renames a file; with <paramref name="overwrite"/>, replacing the target in one step.</summary>
    void Move(string from, string to, bool overwrite);

    /// <summary>Deletes a file; a missing file is not an error.</summary>
    void Delete(string path);

    /// <summary>The files under <paramref name="directory"/> (recursively) whose name matches <paramref name="pattern"/>; none when it is missing.</summary>
    IEnumerable<string> EnumerateFiles(string directory, string pattern);
}
