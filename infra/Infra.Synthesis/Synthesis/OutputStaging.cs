using System.Collections.Concurrent;
using Infra.Emitters;
using Infra.Files;

namespace Infra.Synthesis;

/// <summary>
/// A synth's output handled as it is emitted (an <see cref="IGeneratedFileSink"/>), so that it is never held in memory
/// whole: each file is compared with the one on disk as soon as it exists, and a changed one is staged in a
/// <see cref="FileTransaction"/> at once and its content dropped. Nothing is swapped in before <see cref="Commit"/>,
/// which the caller runs only once the rules pass; disposing without committing (a rule error, an exception) removes
/// what was staged, leaving every file as it was. <see cref="ForCheck"/> writes nothing and records each file's drift
/// for <see cref="Stale"/>.
/// </summary>
public sealed class OutputStaging : IGeneratedFileSink, IDisposable
{
    private readonly string root;
    private readonly bool check;
    private readonly IFileSystem? fileSystem;
    private readonly ConcurrentDictionary<string, string> drift = new(StringComparer.Ordinal);
    private FileTransaction? transaction;
    private bool committed;

    private OutputStaging(string root, bool check, IFileSystem? fileSystem)
    {
        this.root = root;
        this.check = check;
        this.fileSystem = fileSystem;
    }

    /// <summary>Stages changed files under <paramref name="root"/> for <see cref="Commit"/>.</summary>
    public static OutputStaging ForWrite(string root, IFileSystem? fileSystem = null) => new(root, check: false, fileSystem);

    /// <summary>Writes nothing under <paramref name="root"/>: records how each file differs, for <see cref="Stale"/>.</summary>
    public static OutputStaging ForCheck(string root) => new(root, check: true, fileSystem: null);

    /// <inheritdoc />
    public void Open(IReadOnlyList<OutputRoot> roots)
    {
        // What an interrupted run left must be finished or rolled back before anything is staged, and that changes
        // files, which must not happen before the rules pass: such a folder gets the files whole, written as
        // OutputWriter.Write writes them.
        if (!check && FileTransaction.Leftovers(root, roots.Select(r => r.Path.Value), fileSystem).Count == 0)
        {
            transaction = new FileTransaction(root, fileSystem);
        }
    }

    /// <inheritdoc />
    public GeneratedFile Accept(GeneratedFile file)
    {
        if (check)
        {
            if (OutputWriter.Drift(root, file) is { } how)
            {
                drift[file.Path.Value] = how;
            }

            return file.Release();
        }

        if (transaction is null)
        {
            return file;
        }

        if (OutputWriter.Drift(root, file) is not null)
        {
            transaction.Stage(file.Path.Value, file.WriteTo);
        }

        return file.Release();
    }

    /// <summary>
    /// Swaps in every staged file and removes owned files no longer generated, all or nothing (as
    /// <see cref="OutputWriter.Write"/>); returns the files changed, in the order of <see cref="SynthesisResult.Files"/>.
    /// </summary>
    public IReadOnlyList<FileChange> Commit(SynthesisResult result)
    {
        if (check || committed)
        {
            throw new InvalidOperationException(check ? "a check writes nothing: there is nothing to commit." : "the output is already committed.");
        }

        committed = true;
        if (transaction is null)
        {
            return OutputWriter.Write(root, result, fileSystem);
        }

        var deletions = OutputWriter.NoLongerGenerated(root, result).Select(p => p.Value).ToList();
        foreach (var path in deletions)
        {
            transaction.Delete(path);
        }

        // Files were staged in the order they were emitted, which varies between runs; the report does not.
        var order = result.Files.Select((f, i) => (f.Path.Value, i)).Concat(deletions.Select((p, i) => (p, result.Files.Count + i)))
            .ToDictionary(e => e.Item1, e => e.Item2, StringComparer.Ordinal);
        return [.. transaction.Commit().OrderBy(c => order[c.Path])];
    }

    /// <summary>What differs from this synth (as <see cref="OutputWriter.Stale(string, SynthesisResult)"/>), for a check.</summary>
    public IReadOnlyList<string> Stale(SynthesisResult result)
    {
        if (!check)
        {
            throw new InvalidOperationException("staging for a write does not compare: use OutputStaging.ForCheck.");
        }

        return OutputWriter.Stale(root, result, file => drift.GetValueOrDefault(file.Path.Value));
    }

    /// <summary>Removes every staged file unless <see cref="Commit"/> ran: the folder is as it was.</summary>
    public void Dispose()
    {
        if (!committed)
        {
            transaction?.Abandon();
        }
    }
}
