namespace Infra.Tests.Testing;

/// <summary>Locates the checkout the tests run from, without naming any machine path.</summary>
public static class RepositoryFiles
{
    /// <summary>The folder holding Infra.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A file or folder under the repository root.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Infra.sln not found above the test assembly: run the tests from a checkout.");
    }
}
