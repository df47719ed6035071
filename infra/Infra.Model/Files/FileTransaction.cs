using System.Text;

namespace Infra.Files;

/// <summary>
/// Writes and deletes a set of files under one root all-or-nothing: every new content goes to a temporary sibling
/// first, a journal is written before the first swap, each original is kept as a backup while the temporaries are
/// swapped in, and only then are the backups removed. A failure restores what was already swapped and exits 3;
/// a run killed part-way is finished or rolled back by the next transaction on the same root (<see cref="Recover"/>).
/// A content can also be staged before the commit (<see cref="Stage"/>), as soon as it is known, so that a large set
/// is never held in memory whole.
/// </summary>
public sealed partial class FileTransaction
{
    /// <summary>The journal's file name, at the transaction's root.</summary>
    public const string JournalName = ".infra-journal";

    /// <summary>The lock file held while a transaction runs on a root, so two runs never swap files under each other.</summary>
    public const string LockName = ".infra-journal.lock";

    /// <summary>The suffix of a new content waiting to be swapped in.</summary>
    public const string TemporarySuffix = ".infra-new";

    /// <summary>The suffix of an original kept until the whole set is swapped in.</summary>
    public const string BackupSuffix = ".infra-old";

    private static readonly UTF8Encoding Utf8NoBom = new(false);
    private readonly string root;
    private readonly IFileSystem files;
    private readonly List<Operation> operations = [];
    private readonly List<FileJournalEntry> staged = [];
    private readonly System.Threading.Lock gate = new();
    private FileStream? held;
    private bool began;
    private bool ended;
    private InfraException? failure;

    /// <summary>A transaction on the files under <paramref name="root"/>.</summary>
    public FileTransaction(string root, IFileSystem? fileSystem = null)
    {
        this.root = Path.GetFullPath(root);
        files = fileSystem ?? PhysicalFileSystem.Instance;
    }

    /// <summary>Writes <paramref name="relativePath"/> (forward slashes, under the root) with what <paramref name="content"/> writes.</summary>
    public FileTransaction Write(string relativePath, Action<Stream> content)
    {
        var path = Checked(relativePath);
        lock (gate)
        {
            operations.Add(new Operation(path, content, Staged: false));
        }

        return this;
    }

    /// <summary>
    /// Writes what <paramref name="content"/> writes to <paramref name="relativePath"/>'s temporary now, so the content
    /// need not be kept until <see cref="Commit"/>, which swaps it in with the rest, all or nothing. The first call takes
    /// the root's lock (held until <see cref="Commit"/> or <see cref="Abandon"/>) and recovers an interrupted run; each
    /// file is listed in the journal before its temporary exists, so a run killed while staging is rolled back by the
    /// next one. Safe to call from several threads. A refused write removes every staged temporary and throws
    /// <see cref="InfraException"/> with exit 3, as <see cref="Commit"/> does.
    /// </summary>
    public FileTransaction Stage(string relativePath, Action<Stream> content)
    {
        var path = Checked(relativePath);
        lock (gate)
        {
            ThrowIfEnded();
            var journal = new FileJournal(FileJournalState.Preparing, staged);
            try
            {
                Begin();

                // Temporaries are written under the lock too: one written after a failed stage's clean-up would stay.
                staged.Add(new FileJournalEntry(path, Delete: false, files.FileExists(Full(path))));
                operations.Add(new Operation(path, AlreadyWritten, Staged: true));

                // Not flushed to disk: until the commit's journal (which is), recovery only deletes temporaries, and a
                // journal lost with the machine leaves temporaries that the next synth removes as strays.
                WriteJournal(journal, durable: false);
                WriteTemporary(path, content);
            }
            catch (Exception e) when (e is FileOperationException or IOException or UnauthorizedAccessException)
            {
                failure = Refused(e, journal);
                End();
                throw failure;
            }
            catch
            {
                // As when the process dies: the lock goes, the journal stays for the next run to recover.
                End();
                throw;
            }
        }

        return this;
    }

    /// <summary>
    /// Gives up a transaction that staged files (<see cref="Stage"/>): removes every temporary and the journal and
    /// releases the lock, so every file under the root is as it was. Nothing to do when nothing was staged or it committed.
    /// </summary>
    public void Abandon()
    {
        lock (gate)
        {
            if (!began || ended)
            {
                return;
            }

            try
            {
                RollBack(new FileJournal(FileJournalState.Preparing, staged));
            }
            finally
            {
                End();
            }
        }
    }

    /// <summary>Writes <paramref name="relativePath"/> as UTF-8 text without a byte order mark.</summary>
    public FileTransaction Write(string relativePath, string text) =>
        Write(relativePath, stream => stream.Write(Utf8NoBom.GetBytes(text)));

    /// <summary>Deletes <paramref name="relativePath"/> if it exists.</summary>
    public FileTransaction Delete(string relativePath)
    {
        var path = Checked(relativePath);
        lock (gate)
        {
            operations.Add(new Operation(path, null, Staged: false));
        }

        return this;
    }

    /// <summary>
    /// Applies the whole set or none of it; returns the files written or deleted. A file the system refuses (an
    /// immutable or read-only file, a full disk) restores every file already swapped and throws
    /// <see cref="InfraException"/> with exit 3 naming the file, the OS error and the fix.
    /// </summary>
    public IReadOnlyList<FileChange> Commit()
    {
        lock (gate)
        {
            ThrowIfEnded();
            try
            {
                Begin();
                return CommitLocked();
            }
            finally
            {
                End();
            }
        }
    }

    private IReadOnlyList<FileChange> CommitLocked()
    {
        var entries = operations
            .Select(o => new FileJournalEntry(o.Path, o.Content is null, files.FileExists(Full(o.Path))))
            .Where(e => !e.Delete || e.Existed)
            .ToList();
        if (entries.Count == 0)
        {
            return [];
        }

        var journal = new FileJournal(FileJournalState.Preparing, entries);
        try
        {
            WriteJournal(journal);
            foreach (var (path, content, _) in operations.Where(o => o.Content is not null && !o.Staged))
            {
                WriteTemporary(path, content!);
            }

            journal = journal with { State = FileJournalState.Swapping };
            WriteJournal(journal);
            foreach (var entry in entries)
            {
                var full = Full(entry.Path);
                if (entry.Existed)
                {
                    Attempt(entry.Path, () => files.Move(full, full + BackupSuffix, overwrite: true));
                }

                if (!entry.Delete)
                {
                    Attempt(entry.Path, () => files.Move(full + TemporarySuffix, full, overwrite: false));
                }
            }

            journal = journal with { State = FileJournalState.Committed };
            WriteJournal(journal);
        }
        catch (Exception e) when (e is FileOperationException or IOException or UnauthorizedAccessException)
        {
            throw Refused(e, journal);
        }

        // Past the commit point: a backup that cannot be removed now is removed by the next transaction's recovery.
        try
        {
            Finish(journal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The files are written; only clean-up is left, and the journal still says so.
        }

        return entries.Select(e => new FileChange(e.Path, e.Delete)).ToList();
    }

    /// <summary>Writes one file all-or-nothing (a transaction on its folder); exit 3 when the file system refuses.</summary>
    public static void WriteFile(string path, string text, IFileSystem? fileSystem = null)
    {
        var full = Path.GetFullPath(path);
        new FileTransaction(Path.GetDirectoryName(full)!, fileSystem).Write(Path.GetFileName(full), text).Commit();
    }

    // Restores what the journal lists and says so, naming the refused file, the OS error and the fix.
    private InfraException Refused(Exception e, FileJournal journal)
    {
        var failed = e as FileOperationException;
        var cause = failed?.InnerException ?? e;
        var rollback = TryRollBack(journal);
        return new InfraException(
            $"could not write {Display(failed?.RelativePath ?? "")}: {cause.Message}. {rollback} Fix: make the file and its folder writable (an immutable file: lsattr/chattr -i; permissions; free disk space), then run again.",
            ExitCodes.EnvironmentRefused,
            cause);
    }

    private void WriteTemporary(string path, Action<Stream> content) =>
        Attempt(path, () =>
        {
            var full = Full(path);
            files.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = files.Create(full + TemporarySuffix);
            content(stream);
            (stream as FileStream)?.Flush(flushToDisk: true);
        });

    // The first stage or the commit takes the root's lock and finishes or rolls back what a killed run left.
    private void Begin()
    {
        if (!began)
        {
            began = true;
            held = Lock();
            RecoverLocked();
        }
    }

    // A transaction ends once: committed, refused or abandoned. Its lock goes with it.
    private void End()
    {
        ended = true;
        held?.Dispose();
        held = null;
    }

    private void ThrowIfEnded()
    {
        if (failure is not null)
        {
            // Another thread's stage was refused and everything staged is gone: this one reports the same cause.
            throw new InfraException(failure.Message, failure.ExitCode, failure.InnerException);
        }

        if (ended)
        {
            throw new InvalidOperationException("this file transaction has already committed or been abandoned: start a new one.");
        }
    }

    // An advisory lock (flock on Unix) the kernel releases when the process dies, so a killed run never blocks the next.
    private FileStream? Lock()
    {
        if (!Directory.Exists(root))
        {
            return null;
        }

        try
        {
            return new FileStream(Full(LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e)
        {
            throw new InfraException($"another infra run is writing under {Display("")} ({e.Message}): wait for it to finish, then run again.", ExitCodes.EnvironmentRefused, e);
        }
        catch (UnauthorizedAccessException)
        {
            // A folder we cannot write in: the write itself reports it, naming the file and the fix.
            return null;
        }
    }

    private static string Checked(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        if (path.Length == 0 || path.StartsWith('/') || Path.IsPathRooted(path) || path.Split('/').Contains("..") || path.Contains('\n'))
        {
            throw new ArgumentException($"'{relativePath}' is not a path under the transaction's root: write it relative, without '..'.", nameof(relativePath));
        }

        return path;
    }

    private static void Attempt(string relativePath, Action operation)
    {
        try
        {
            operation();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileOperationException(relativePath, e);
        }
    }

    // Replaced by rename, so a reader never sees half a journal.
    private void WriteJournal(FileJournal journal, bool durable = true)
    {
        var path = Full(JournalName);
        Attempt(JournalName, () =>
        {
            files.CreateDirectory(root);
            using (var stream = files.Create(path + TemporarySuffix))
            {
                stream.Write(Utf8NoBom.GetBytes(journal.Render()));
                (stream as FileStream)?.Flush(flushToDisk: durable);
            }

            files.Move(path + TemporarySuffix, path, overwrite: true);
        });
    }

    private string Full(string relativePath) => relativePath.Length == 0 ? root : Path.Combine(root, relativePath);

    private string Display(string relativePath)
    {
        var full = Full(relativePath);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }

    // A staged operation keeps no content: its temporary holds it.
    private static readonly Action<Stream> AlreadyWritten = _ => { };

    private readonly record struct Operation(string Path, Action<Stream>? Content, bool Staged);
}
