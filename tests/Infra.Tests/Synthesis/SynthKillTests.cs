using System.Diagnostics;
using System.Security.Cryptography;
using Infra.Benchmarks;
using Infra.Files;
using Infra.Tests.Testing;

namespace Infra.Tests.Synthesis;

/// <summary>
/// The real CLI killed with SIGKILL in the middle of writing a large output (as soon as its journal appears, and
/// as soon as it has moved a first original aside): the next run's recovery leaves the whole previous output or the
/// whole new one. FileTransactionTests kills at every single file operation through a seam; this rehearses the
/// same with a real process and a real kill.
/// </summary>
[NonParallelizable]
public class SynthKillTests
{
    private const int OldScale = 299;
    private const int NewScale = 300;
    private const int MaxAttempts = 8;

    [Test]
    public void ASynthKilledWhileItWritesRecoversToTheOldOrTheNewOutputNeverAMix()
    {
        var output = Path.Combine(Path.GetTempPath(), "infra-tests", "kill-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.That(Synth(output, OldScale).WaitForExit(60_000), Is.True, "test setup: the first synth must finish");
            var old = Hashes(output);
            Assert.That(Synth(output, NewScale).WaitForExit(60_000), Is.True, "test setup: the second synth must finish");
            var @new = Hashes(output);
            Assert.That(@new, Is.Not.EqualTo(old), "test setup: the two scales must write different files");

            var outcomes = new List<string>();
            foreach (var (moment, reached) in KillPoints(output))
            {
                // The window between the moment and the end of the writes is short, and a busy machine can deschedule
                // this poller through it: a synth that finished before the kill is not a result, so it is tried again.
                var killed = false;
                for (var attempt = 1; attempt <= MaxAttempts && !killed; attempt++)
                {
                    Restore(output, OldScale);
                    using var synth = Synth(output, NewScale, slow: true);
                    var deadline = DateTime.UtcNow.AddSeconds(60);
                    while (!reached() && !synth.HasExited && DateTime.UtcNow < deadline)
                    {
                        Thread.SpinWait(1000);
                    }

                    synth.Kill();
                    synth.WaitForExit();
                    killed = synth.ExitCode != 0;
                }

                Assert.That(killed, Is.True, $"test setup: the synth must be killed {moment}, not finish first; it finished first in all {MaxAttempts} attempts");

                var recovery = FileTransaction.Recover(output);
                var after = Hashes(output);
                var state = after.SequenceEqual(old) ? "old" : after.SequenceEqual(@new) ? "new" : "MIXED";
                outcomes.Add($"killed {moment}: {state} ({recovery ?? "no journal"})");
                Assert.That(state, Is.Not.EqualTo("MIXED"), $"killed {moment}, recovery ({recovery ?? "no journal"}) left a mix of old and new files:\n{string.Join('\n', Diff(old, @new, after))}");
                Assert.That(recovery, Is.Not.Null, $"killed {moment}, the run must have left a journal for recovery to act on");
            }

            TestContext.Out.WriteLine(string.Join('\n', outcomes));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static IEnumerable<(string Moment, Func<bool> Reached)> KillPoints(string output) =>
    [
        ("as soon as its journal appears", () => File.Exists(Path.Combine(output, FileTransaction.JournalName))),
        ("as soon as a first original is moved aside", () => Directory.EnumerateFiles(output, "*" + FileTransaction.BackupSuffix, SearchOption.AllDirectories).Any()),
    ];

    private static Process Synth(string output, int scale, bool slow = false)
    {
        // The real CLI and library, hosted with the platform scaled to a large output (the benchmark's host).
        var tests = TestContext.CurrentContext.TestDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(tests, "Infra.Benchmarks.dll"), .. ScaledHost.Arguments(tests, scale, ["synth", "--root", RepositoryFiles.Root, "--out", output])])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        if (slow)
        {
            // A lower priority than this poller's widens the window in which the kill lands.
            process.PriorityClass = ProcessPriorityClass.BelowNormal;
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // The old output, written whole, so that each kill starts from the same place.
    private static void Restore(string output, int scale)
    {
        using var synth = Synth(output, scale);
        Assert.That(synth.WaitForExit(60_000) && synth.ExitCode == 0, Is.True, "test setup: restoring the old output must succeed");
    }

    // Every file, leftovers of the writer included: a journal or temporary left after recovery is a failure too.
    private static SortedDictionary<string, string> Hashes(string output) =>
        new(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    private static IEnumerable<string> Diff(IDictionary<string, string> old, IDictionary<string, string> @new, IDictionary<string, string> after) =>
        after.Keys.Union(old.Keys).Union(@new.Keys).Order(StringComparer.Ordinal).Select(path =>
        {
            var now = after.TryGetValue(path, out var a) ? a : null;
            var kind = now == (old.TryGetValue(path, out var o) ? o : null) ? "old" : now == (@new.TryGetValue(path, out var n) ? n : null) ? "new" : "neither";
            return $"{path}: {kind}";
        });
}
