namespace Infra.Files;

// Finishing or rolling back what a killed run left: the journal says how far it got.
public sealed partial class FileTransaction
{
    /// <summary>
    /// Finishes or rolls back a transaction on <paramref name="root"/> that a killed run left behind; returns what it
    /// did, or null when there was nothing to do.
    /// </summary>
    public static string? Recover(string root, IFileSystem? fileSystem = null)
    {
        var transaction = new FileTransaction(root, fileSystem);
        using var held = transaction.Lock();
        return transaction.RecoverLocked();
    }

    /// <summary>The journal and temporaries a killed run left under <paramref name="directories"/> of <paramref name="root"/>, relative to the root.</summary>
    public static IReadOnlyList<string> Leftovers(string root, IEnumerable<string> directories, IFileSystem? fileSystem = null)
    {
        var files = fileSystem ?? PhysicalFileSystem.Instance;
        var full = Path.GetFullPath(root);
        var found = new List<string>();
        if (files.FileExists(Path.Combine(full, JournalName)))
        {
            found.Add(JournalName);
        }

        foreach (var directory in directories)
        {
            foreach (var suffix in new[] { TemporarySuffix, BackupSuffix })
            {
                found.AddRange(files.EnumerateFiles(Path.Combine(full, directory), "*" + suffix)
                    .Select(f => Path.GetRelativePath(full, f).Replace('\\', '/')));
            }
        }

        return found.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Deletes temporaries under <paramref name="directories"/> that no journal accounts for (a run killed before its journal).</summary>
    public static void RemoveStrayTemporaries(string root, IEnumerable<string> directories, IFileSystem? fileSystem = null)
    {
        var files = fileSystem ?? PhysicalFileSystem.Instance;
        var full = Path.GetFullPath(root);
        if (files.FileExists(Path.Combine(full, JournalName)))
        {
            return;
        }

        foreach (var stray in directories.SelectMany(d => files.EnumerateFiles(Path.Combine(full, d), "*" + TemporarySuffix)).ToList())
        {
            files.Delete(stray);
        }
    }

    private string? RecoverLocked()
    {
        var path = Full(JournalName);
        files.Delete(path + TemporarySuffix);
        if (!files.FileExists(path))
        {
            return null;
        }

        string text;
        using (var reader = new StreamReader(files.OpenRead(path), Utf8NoBom))
        {
            text = reader.ReadToEnd();
        }

        var journal = FileJournal.Parse(text, Display(JournalName));
        if (journal.State == FileJournalState.Committed)
        {
            Finish(journal);
            return $"finished an interrupted write of {journal.Entries.Count} file(s) under {Display("")}";
        }

        RollBack(journal);
        return $"rolled back an interrupted write of {journal.Entries.Count} file(s) under {Display("")}: every file is as it was before it";
    }

    private string TryRollBack(FileJournal journal)
    {
        try
        {
            RollBack(journal);
            return "Nothing was changed: every file is as it was.";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"Restoring the files already replaced failed too ({e.Message}): {Display(JournalName)} lists them; once the cause is fixed, the next run of infra restores them.";
        }
    }

    private void RollBack(FileJournal journal)
    {
        foreach (var entry in journal.Entries.Reverse())
        {
            var full = Full(entry.Path);
            if (files.FileExists(full + BackupSuffix))
            {
                files.Move(full + BackupSuffix, full, overwrite: true);
            }
            else if (!entry.Existed && !entry.Delete && journal.State == FileJournalState.Swapping
                && !files.FileExists(full + TemporarySuffix) && files.FileExists(full))
            {
                // Created by this transaction (its temporary is gone because it was swapped in): it was not there before.
                files.Delete(full);
            }

            files.Delete(full + TemporarySuffix);
        }

        files.Delete(Full(JournalName));
    }

    private void Finish(FileJournal journal)
    {
        foreach (var entry in journal.Entries)
        {
            files.Delete(Full(entry.Path) + BackupSuffix);
            files.Delete(Full(entry.Path) + TemporarySuffix);
        }

        files.Delete(Full(JournalName));
    }
}
