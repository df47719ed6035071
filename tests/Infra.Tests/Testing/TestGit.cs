using Infra.Processes;

namespace Infra.Tests.Testing;

/// <summary>Runs git in a test's folder, as a fixed test identity and without signing, so commits work on any machine.</summary>
public static class TestGit
{
    private static readonly string[] Identity = ["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"];

    /// <summary>Runs git; a non-zero exit fails the test as a broken setup, with git's error.</summary>
    public static void Run(string folder, params string[] arguments)
    {
        var (exit, error) = TryRun(folder, arguments);
        Assert.That(exit, Is.Zero, $"test setup: git {string.Join(' ', arguments)} failed: {error}");
    }

    /// <summary>Runs git and returns its exit code and standard error.</summary>
    public static (int Exit, string Error) TryRun(string folder, params string[] arguments)
    {
        var (exit, _, error) = Start(folder, arguments);
        return (exit, error);
    }

    /// <summary>Runs git and returns its standard output, trimmed; a non-zero exit fails the test as a broken setup.</summary>
    public static string Output(string folder, params string[] arguments)
    {
        var (exit, output, error) = Start(folder, arguments);
        Assert.That(exit, Is.Zero, $"test setup: git {string.Join(' ', arguments)} failed: {error}");
        return output.Trim();
    }

    private static (int Exit, string Output, string Error) Start(string folder, string[] arguments)
    {
        var result = new ProcessRunner().Run("git", [.. Identity, .. arguments], folder, null, CancellationToken.None);
        return (result.ExitCode, result.StandardOutput, result.StandardError);
    }
}
