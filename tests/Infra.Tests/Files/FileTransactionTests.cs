using Infra.Files;

namespace Infra.Tests.Files;

public class FileTransactionTests : FileTransactionFolder
{
    // Rewrites three files, creates d.txt and deletes gone.txt.
    private FileTransaction NewSet(IFileSystem? files = null) =>
        new FileTransaction(Root, files)
            .Write("a.txt", "new a.txt")
            .Write("sub/b.txt", "new sub/b.txt")
            .Write("sub/c.txt", "new sub/c.txt")
            .Write("d.txt", "new d.txt")
            .Delete("gone.txt");

    [Test]
    public void CommitWritesEveryFileDeletesWhatItWasToldAndLeavesNoTemporaries()
    {
        var changes = NewSet().Commit();

        Assert.Multiple(() =>
        {
            Assert.That(Contents(), Is.EqualTo(NewState()), "every file must hold its new content and gone.txt must be removed, with no journal or temporary left");
            Assert.That(changes.Select(c => c.ToString()), Is.EquivalentTo(new[] { "wrote a.txt", "wrote sub/b.txt", "wrote sub/c.txt", "wrote d.txt", "removed gone.txt" }));
        });
    }

    [TestCase("create", "sub/c.txt" + FileTransaction.TemporarySuffix, TestName = "A full disk while writing the temporaries changes nothing")]
    [TestCase("move", "sub/b.txt", TestName = "A file that cannot be moved aside changes nothing")]
    [TestCase("move", "d.txt" + FileTransaction.TemporarySuffix, TestName = "A new file that cannot be swapped in changes nothing")]
    [TestCase("move", "gone.txt", TestName = "A file that cannot be deleted changes nothing")]
    [TestCase("create", FileTransaction.JournalName + FileTransaction.TemporarySuffix, TestName = "A journal that cannot be written changes nothing")]
    public void ARefusedOperationInTheMiddleRestoresEveryFileAndExits3(string operation, string failingPath)
    {
        var files = new FaultyFileSystem((op, path) => op == operation && path == Path.Combine(Root, failingPath));

        var error = Assert.Throws<InfraException>(() => NewSet(files).Commit());

        Assert.Multiple(() =>
        {
            Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a refusing file system is the environment refusing");
            Assert.That(error.Message, Does.Contain("No space left on device").And.Contain("Nothing was changed").And.Contain("Fix:"), "the message names the OS error, says nothing changed and gives the fix");
            Assert.That(Contents(), Is.EqualTo(OldState()), "every file must be exactly as before, with no temporary or journal left");
        });
    }

    [Test]
    public void TheErrorNamesTheFileThatWasRefused()
    {
        var files = new FaultyFileSystem((op, path) => op == "move" && path == Path.Combine(Root, "sub/c.txt"));

        var error = Assert.Throws<InfraException>(() => NewSet(files).Commit());

        Assert.That(error!.Message, Does.Contain("sub/c.txt"), "the user must learn which file could not be written");
    }

    [Test]
    public void AKillAtAnyPointIsFinishedOrRolledBackByTheNextRunNeverMixed()
    {
        AssertEveryKillIsRolledBackOrFinished(fs => NewSet(fs).Commit());
    }

    [Test]
    public void AKillAfterTheCommitPointIsFinishedNotUndone()
    {
        var dying = new FaultyFileSystem((op, path) => op == "delete" && path.EndsWith(FileTransaction.BackupSuffix, StringComparison.Ordinal), kill: true);
        Assert.Throws<SimulatedKill>(() => NewSet(dying).Commit());

        var recovery = FileTransaction.Recover(Root);

        Assert.Multiple(() =>
        {
            Assert.That(recovery, Does.StartWith("finished"), "a journal that reached 'committed' is finished");
            Assert.That(Contents(), Is.EqualTo(NewState()), "every file swapped in stays; only the backups go");
        });
    }

    [Test]
    public void TheNextCommitRecoversAnInterruptedOneBeforeItStarts()
    {
        var count = 0;
        var dying = new FaultyFileSystem((op, _) => op == "move" && ++count == 4, kill: true);
        Assert.Throws<SimulatedKill>(() => NewSet(dying).Commit());
        Assert.That(FileTransaction.Leftovers(Root, [""]), Does.Contain(FileTransaction.JournalName), "test setup: the kill must leave a journal");

        new FileTransaction(Root).Write("a.txt", "newer a.txt").Commit();

        var expected = OldState();
        expected["a.txt"] = "newer a.txt";
        Assert.That(Contents(), Is.EqualTo(expected), "the interrupted set is rolled back, then the new write applies alone");
    }

    [Test]
    public void LeftoversListsTheJournalAndEveryTemporaryAndBackup()
    {
        File.WriteAllText(Path.Combine(Root, "sub/b.txt" + FileTransaction.TemporarySuffix), "trunc");
        File.WriteAllText(Path.Combine(Root, "a.txt" + FileTransaction.BackupSuffix), "old");
        File.WriteAllText(Path.Combine(Root, FileTransaction.JournalName), "infra file journal v1\nstate preparing\n");

        Assert.That(FileTransaction.Leftovers(Root, [""]), Is.EqualTo(new[] { FileTransaction.JournalName, "a.txt" + FileTransaction.BackupSuffix, "sub/b.txt" + FileTransaction.TemporarySuffix }));
    }

    [Test]
    public void AStrayTemporaryWithoutAJournalIsRemovedAndRealFilesAreNot()
    {
        File.WriteAllText(Path.Combine(Root, "sub/b.txt" + FileTransaction.TemporarySuffix), "half a fi");

        FileTransaction.RemoveStrayTemporaries(Root, ["sub"]);

        Assert.That(Contents(), Is.EqualTo(OldState()), "only the temporary goes");
    }

    [Test]
    public void AJournalInfraDidNotWriteIsAnErrorNamingItAndTheFix()
    {
        File.WriteAllText(Path.Combine(Root, FileTransaction.JournalName), "garbage");

        var error = Assert.Throws<InfraException>(() => FileTransaction.Recover(Root));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused));
            Assert.That(error.Message, Does.Contain(FileTransaction.JournalName).And.Contain("git checkout"), "names the journal and how to repair by hand");
            Assert.That(Contents()[FileTransaction.JournalName], Is.EqualTo("garbage"), "a journal that cannot be read is kept for the user to inspect");
        });
    }

    [Test]
    public void ASecondRunOnTheSameFolderIsRefusedWhileTheFirstWritesAndChangesNothing()
    {
        using (new FileStream(Path.Combine(Root, FileTransaction.LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var error = Assert.Throws<InfraException>(() => NewSet().Commit());

            Assert.Multiple(() =>
            {
                Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused));
                Assert.That(error.Message, Does.Contain("another infra run is writing"), "says why and what to do");
                Assert.That(Contents(), Is.EqualTo(OldState()), "nothing may change while another run holds the folder");
            });
        }

        File.Delete(Path.Combine(Root, FileTransaction.LockName));
        NewSet().Commit();
        Assert.Multiple(() =>
        {
            Assert.That(Contents(), Is.EqualTo(NewState()), "once the first run is gone the write goes through");
            Assert.That(File.Exists(Path.Combine(Root, FileTransaction.LockName)), Is.False, "a run removes its lock file when it ends");
        });
    }

    [TestCase("../outside.txt")]
    [TestCase("/etc/passwd")]
    public void PathsOutsideTheRootAreRefused(string path)
    {
        Assert.Throws<ArgumentException>(() => new FileTransaction(Root).Write(path, "x"), "a transaction writes only under its Root");
    }
}
