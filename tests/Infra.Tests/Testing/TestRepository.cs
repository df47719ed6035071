using Infra.Synthesis;

namespace Infra.Tests.Testing;

/// <summary>
/// A throw-away copy of the repository's inputs (Pulumi.yaml, the stack files and the non-code files under
/// infra/) in a temporary folder, so that a test can break a config file or synthesize somewhere else.
/// </summary>
public sealed class TestRepository : IDisposable
{
    private TestRepository(string root)
    {
        Root = root;
    }

    /// <summary>The copy's root folder.</summary>
    public string Root { get; }

    /// <summary>Copies the real repository's inputs to a new temporary folder.</summary>
    public static TestRepository CopyOfReal(string? folderName = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "infra-tests", folderName ?? Guid.NewGuid().ToString("N"));
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.Root, "Pulumi*.yaml"))
        {
            File.Copy(file, Path.Combine(root, Path.GetFileName(file)));
        }

        var infra = RepositoryFiles.PathOf("infra");
        foreach (var file in Directory.EnumerateFiles(infra, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryFiles.Root, file);
            var segments = relative.Split(Path.DirectorySeparatorChar);
            if (segments.Any(s => s is "bin" or "obj" || s.StartsWith('.')) || relative.EndsWith(".cs", StringComparison.Ordinal) || relative.EndsWith(".csproj", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // The inventory is an input of synth too: it keeps the lines earlier synths wrote.
        var inventory = ProtectedInventory.Path.Under(RepositoryFiles.Root);
        if (File.Exists(inventory))
        {
            var target = ProtectedInventory.Path.Under(root);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(inventory, target);
        }

        return new TestRepository(root);
    }

    /// <summary>Writes (or replaces) a file of the copy.</summary>
    public void Write(string relative, string content) => File.WriteAllText(Path.Combine(Root, relative), content.ReplaceLineEndings("\n"));

    /// <summary>Reads a file of the copy.</summary>
    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    /// <summary>Replaces text in a file of the copy; fails when the text is not there.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var content = Read(relative);
        Assert.That(content, Does.Contain(oldText), $"test setup: {relative} no longer contains '{oldText}'");
        Write(relative, content.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Every file under a folder of the copy, with content, for before/after comparisons.</summary>
    public IReadOnlyDictionary<string, string> Snapshot(string relative)
    {
        var folder = Path.Combine(Root, relative);
        return !Directory.Exists(folder)
            ? new Dictionary<string, string>()
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(Root, f), File.ReadAllText);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
