using System.Diagnostics;

namespace Infra.Tests.Testing;

/// <summary>
/// A test tool that runs on Node.js from a package installed under .ci by <c>npm ci --prefix .ci</c> (the IAM oracle,
/// the workflow expression evaluator): where it is missing, its tests are ignored, or fail where CI requires it.
/// </summary>
/// <param name="Name">What the tool is, as messages name it (e.g. "the IAM oracle").</param>
/// <param name="Package">The package's package.json, relative to the repository root.</param>
/// <param name="RequireVariable">The variable that, set to 1, makes a missing tool fail the test instead of skipping it.</param>
public sealed record NodeTool(string Name, string Package, string RequireVariable)
{
    /// <summary>Why the tool cannot run here (node or the package missing), or null when it can.</summary>
    public string? Unavailable()
    {
        if (!File.Exists(RepositoryFiles.PathOf(Package)))
        {
            return $"{Package} is missing: run `npm ci --prefix .ci`";
        }

        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            if (node is null || !node.WaitForExit(30_000) || node.ExitCode != 0)
            {
                return "node --version did not succeed: install Node.js";
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"node is not on PATH ({e.Message}): install Node.js";
        }

        return null;
    }

    /// <summary>Ignores the calling test when the tool is unavailable, or fails it when <see cref="RequireVariable"/> is 1.</summary>
    public void RequireOrIgnore()
    {
        if (Unavailable() is not { } reason)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail($"{Name} is required ({RequireVariable}=1) but unavailable: {reason}");
        }

        Assert.Ignore($"{Name} is unavailable: {reason}");
    }
}
