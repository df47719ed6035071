using Infra.Processes;

namespace Infra.Previews;

/// <summary>
/// Reads generated files as they were committed at a git revision (<c>git show REF:./path</c>), without checking
/// anything out and without rebuilding old code.
/// </summary>
public sealed class GitBaseline
{
    private const string Fix = "run it in a git checkout of the project (git clone it, or record a baseline with git init && git add -A && git commit); --base <git-ref> then compares with another revision than HEAD";

    private readonly string repositoryRoot;
    private readonly string reference;

    /// <summary>
    /// Reads files of <paramref name="reference"/> in the repository at <paramref name="repositoryRoot"/>; fails with
    /// exit 2 when the revision is unknown, exit 3 when the folder is not in a git checkout or git is missing.
    /// </summary>
    public GitBaseline(string repositoryRoot, string reference)
        : this(repositoryRoot, reference, chosen: true)
    {
    }

    private GitBaseline(string repositoryRoot, string reference, bool chosen)
    {
        this.repositoryRoot = repositoryRoot;
        this.reference = reference;
        var (exit, _, error) = Git("rev-parse", "--verify", "--quiet", reference + "^{commit}");
        if (exit == 0)
        {
            return;
        }

        var (inRepository, _, notARepository) = Git("rev-parse", "--git-dir");
        if (inRepository != 0)
        {
            throw new InfraException($"comparing with the output committed at {reference} needs a git checkout, and {repositoryRoot} is not in a git checkout ({notARepository.Trim()}): {Fix}.", ExitCodes.EnvironmentRefused);
        }

        if (!chosen)
        {
            throw new InfraException($"comparing with the output committed at {reference}: the repository at {repositoryRoot} has no commit yet: commit the generated output first (infra synth, then git add -A && git commit), or pass --base <git-ref> to compare with a revision that exists.", ExitCodes.EnvironmentRefused);
        }

        throw new InfraException($"--base '{reference}': not a revision of the repository at {repositoryRoot} ({error.Trim()}): pass a commit, branch or tag that exists (fetch it first in a shallow clone: git fetch --depth=1 origin <sha>).");
    }

    /// <summary>
    /// The output committed at <c>HEAD</c>, what <c>infra preview</c> compares with when no <c>--base</c> is given;
    /// fails with exit 3 when the folder is not in a git checkout, HEAD has no commit yet or git is missing.
    /// </summary>
    public static GitBaseline AtHead(string repositoryRoot) => new(repositoryRoot, "HEAD", chosen: false);

    /// <summary>The file's content at the revision, or null when it did not exist there.</summary>
    /// <param name="repositoryPath">The path relative to the project's root, which may be a folder inside a larger git checkout.</param>
    public string? Read(string repositoryPath)
    {
        var (exit, output, _) = Git("show", $"{reference}:./{repositoryPath}");
        return exit == 0 ? output : null;
    }

    private (int Exit, string Output, string Error) Git(params string[] arguments)
    {
        if (ProcessRunner.FindOnPath("git") is null)
        {
            throw new InfraException($"comparing with the output committed at {reference} (HEAD unless --base <git-ref> names another revision) needs git, and git is not on PATH: install git, and run it in a git checkout of the project.", ExitCodes.EnvironmentRefused);
        }

        var result = new ProcessRunner().Run("git", arguments, repositoryRoot, null, CancellationToken.None);
        return (result.ExitCode, result.StandardOutput, result.StandardError);
    }
}
