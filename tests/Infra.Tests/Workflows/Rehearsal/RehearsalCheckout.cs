using Infra.Tests.Deploy.Support;
using Infra.Tests.Testing;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// A throw-away git repository holding what the workflows read: the repository's inputs (see
/// <see cref="TestRepository"/>), the generated stacks and workflows, global.json; one commit on main. Each rehearsed
/// job clones it, as actions/checkout clones the real one. <c>.ci/run</c> is a stand-in that records that it ran,
/// because the real one is the whole CI (restore, build, every test) and cannot run inside a test.
/// </summary>
public sealed class RehearsalCheckout : IDisposable
{
    private readonly TestRepository copy;

    /// <summary>Copies the repository and commits it.</summary>
    public RehearsalCheckout()
    {
        copy = TestRepository.CopyOfReal();
        CopyFolder("stacks");
        CopyFolder(".github");
        CopyFolder(Path.Combine("tests", "Handlers"));
        File.Copy(RepositoryFiles.PathOf("global.json"), Path.Combine(Root, "global.json"));
        Directory.CreateDirectory(Path.Combine(Root, ".ci"));
        StandInExecutable.Install(Path.Combine(Root, ".ci"), "run", "#!/usr/bin/env bash\n# Rehearsal stand-in for CI: records that it ran.\necho \".ci/run $*\" >> \"$REHEARSAL_LOG\"");
        TestGit.Run(Root, "init", "-q", "-b", "main");
        Head = Commit("the repository as it is");
    }

    /// <summary>The repository's folder.</summary>
    public string Root => copy.Root;

    /// <summary>The newest commit's SHA.</summary>
    public string Head { get; private set; }

    /// <summary>Commits every change under <see cref="Root"/>; returns the new commit's SHA.</summary>
    public string Commit(string message)
    {
        TestGit.Run(Root, "add", "-A");
        TestGit.Run(Root, "commit", "-q", "--allow-empty", "-m", message);
        Head = TestGit.Output(Root, "rev-parse", "HEAD");
        return Head;
    }

    /// <summary>Writes a file (relative to the root), for a commit that changes something.</summary>
    public void Write(string relative, string content) => copy.Write(relative, content);

    /// <inheritdoc />
    public void Dispose() => copy.Dispose();

    private void CopyFolder(string relative)
    {
        var source = RepositoryFiles.PathOf(relative);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(RepositoryFiles.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
