using Infra.Processes;
using Infra.Tests.Permissions;

namespace Infra.Tests.Processes;

public class ProcessRunnerTests
{
    private const int MiB = 1024 * 1024;

    [Test]
    public void AChildThatFillsStandardErrorBeforeWritingStandardOutputDoesNotHang()
    {
        using var folder = new TempFolder();
        // Over 1 MiB to stderr first: far more than a pipe buffer (64 KiB), so a runner waiting on stdout alone never returns.
        var script = $"head -c {2 * MiB} /dev/zero | tr '\\0' e >&2; printf done";

        var run = Task.Run(() => new ProcessRunner().Run("bash", ["-c", script], folder.Path, null, CancellationToken.None));

        Assert.That(run.Wait(TimeSpan.FromSeconds(60)), Is.True, "the runner must read standard error while it waits for standard output, or the child blocks on a full pipe");
        Assert.That(run.Result.ExitCode, Is.EqualTo(0));
        Assert.That(run.Result.StandardError, Has.Length.EqualTo(2 * MiB), "all of standard error must be kept");
        Assert.That(run.Result.StandardOutput, Is.EqualTo("done"));
    }

    [Test]
    public void AChildThatFillsStandardOutputBeforeWritingStandardErrorDoesNotHang()
    {
        using var folder = new TempFolder();
        var script = $"head -c {2 * MiB} /dev/zero | tr '\\0' o; printf failed >&2; exit 4";

        var run = Task.Run(() => new ProcessRunner().Run("bash", ["-c", script], folder.Path, null, CancellationToken.None));

        Assert.That(run.Wait(TimeSpan.FromSeconds(60)), Is.True, "the runner must read standard output while it waits for standard error");
        Assert.That((run.Result.ExitCode, run.Result.StandardOutput.Length, run.Result.StandardError), Is.EqualTo((4, 2 * MiB, "failed")), "exit code and both streams must be kept");
    }

    [Test]
    public void CancellingKillsTheChildAndItsChildrenAndThrows()
    {
        using var folder = new TempFolder();
        var pidFile = Path.Combine(folder.Path, "grandchild.pid");

        // The child starts a sleeping grandchild and waits for it: a kill of the child alone would leave the grandchild running.
        var script = $"sleep 300 & echo $! > '{pidFile}'; wait";
        using var cancellation = new CancellationTokenSource();
        var run = Task.Run(() => new ProcessRunner().Run("bash", ["-c", script], folder.Path, null, cancellation.Token));
        Assert.That(SpinWait.SpinUntil(() => File.Exists(pidFile) && File.ReadAllText(pidFile).Trim().Length > 0, TimeSpan.FromSeconds(30)), Is.True, "test setup: the child must start its grandchild");
        var grandchild = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        cancellation.Cancel();

        Assert.That(() => run.Wait(TimeSpan.FromSeconds(30)), Throws.InstanceOf<AggregateException>().With.InnerException.InstanceOf<OperationCanceledException>(), "a cancelled run must end promptly with OperationCanceledException, not wait for the child");
        Assert.That(SpinWait.SpinUntil(() => !Running(grandchild), TimeSpan.FromSeconds(10)), Is.True, "the child's own children must be killed too, or a cancelled deploy leaves terraform's providers running");
    }

    [Test]
    public void RunsInTheWorkingDirectoryWithTheExtraEnvironment()
    {
        using var folder = new TempFolder();

        var result = new ProcessRunner().Run("bash", ["-c", "printf '%s|%s' \"$PWD\" \"$RUNNER_TEST\""], folder.Path, new Dictionary<string, string> { ["RUNNER_TEST"] = "set" }, CancellationToken.None);

        Assert.That(result.StandardOutput, Is.EqualTo($"{Path.GetFullPath(folder.Path)}|set"), "the child must run in the given folder and see the given variables");
    }

    [Test]
    public void AProgramMissingFromPathIsAnExit3ErrorNamingIt()
    {
        var error = Assert.Throws<InfraException>(() => new ProcessRunner().Run("no-such-program-anywhere", [], ".", null, CancellationToken.None))!;

        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a missing program is the machine's problem: exit 3");
        Assert.That(error.Message, Does.Contain("no-such-program-anywhere: not found on PATH"));
    }

    [Test]
    public void AWorkingDirectoryThatDoesNotExistIsAnErrorNamingIt()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "missing");

        var error = Assert.Throws<InfraException>(() => new ProcessRunner().Run("bash", ["-c", "true"], missing, null, CancellationToken.None))!;

        Assert.That(error.Message, Does.Contain(missing), "the error must name the folder the program could not start in");
    }

    // A killed process is gone or a zombie awaiting its parent's wait: neither runs.
    private static bool Running(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        try
        {
            var fields = File.ReadAllText(stat);
            return fields[(fields.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
