using Infra.Files;

namespace Infra.Tests.Files;

/// <summary>
/// The real file system, with one operation made to fail: either as the OS refuses (an <see cref="IOException"/>,
/// which the writer must roll back) or as a <see cref="SimulatedKill"/>, which escapes the writer and leaves the
/// folder exactly as a <c>kill -9</c> at that point would.
/// </summary>
public sealed class FaultyFileSystem(Func<string, string, bool> fails, bool kill = false) : IFileSystem
{
    private readonly IFileSystem real = PhysicalFileSystem.Instance;

    /// <summary>How many operations have run (a kill at operation N needs N below this count).</summary>
    public int Operations { get; private set; }

    /// <inheritdoc />
    public bool FileExists(string path) => real.FileExists(path);

    /// <inheritdoc />
    public void CreateDirectory(string path) => real.CreateDirectory(path);

    /// <inheritdoc />
    public Stream Create(string path)
    {
        Fail("create", path);
        return real.Create(path);
    }

    /// <inheritdoc />
    public Stream OpenRead(string path) => real.OpenRead(path);

    /// <inheritdoc />
    public void Move(string from, string to, bool overwrite)
    {
        Fail("move", from);
        real.Move(from, to, overwrite);
    }

    /// <inheritdoc />
    public void Delete(string path)
    {
        Fail("delete", path);
        real.Delete(path);
    }

    /// <inheritdoc />
    public IEnumerable<string> EnumerateFiles(string directory, string pattern) => real.EnumerateFiles(directory, pattern);

    private void Fail(string operation, string path)
    {
        Operations++;
        if (fails(operation, path))
        {
            throw kill ? new SimulatedKill(operation, path) : new IOException($"No space left on device : '{path}'");
        }
    }
}
