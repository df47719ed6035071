using System.Diagnostics;
using Infra.Model;

namespace Infra.Previews;

/// <summary>
/// Reads generated files as they were committed at a git revision (<c>git show REF:path</c>), without checking
/// anything out and without rebuilding old code.
/// </summary>
public sealed class GitBaseline
{
    private readonly string repositoryRoot;
    private readonly string reference;

    /// <summary>Reads files of <paramref name="reference"/> in the repository at <paramref name="repositoryRoot"/>; fails (exit 2) when the revision is unknown.</summary>
    public GitBaseline(string repositoryRoot, string reference)
    {
        this.repositoryRoot = repositoryRoot;
        this.reference = reference;
        var (exit, _, error) = Git("rev-parse", "--verify", "--quiet", reference + "^{commit}");
        if (exit != 0)
        {
            throw new InfraException($"--base '{reference}': not a revision of the repository at {repositoryRoot} ({error.Trim()}): pass a commit, branch or tag that exists (fetch it first in a shallow clone: git fetch --depth=1 origin <sha>).");
        }
    }

    /// <summary>The file's content at the revision, or null when it did not exist there.</summary>
    public string? Read(string repositoryPath)
    {
        var (exit, output, _) = Git("show", $"{reference}:{repositoryPath}");
        return exit == 0 ? output : null;
    }

    private (int Exit, string Output, string Error) Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InfraException($"--base needs git on PATH ({e.Message}): install git, or preview against the files on disk by leaving out --base.", ExitCodes.EnvironmentRefused);
        }
    }
}
