using System.Diagnostics;
using Infra.Cli;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Cli;

/// <summary>
/// The real binary, interrupted (Ctrl+C is SIGINT) while an AWS call waits on an endpoint that never answers: the
/// verb's token reaches the HTTP call, so the process ends at once with the documented exit code of a stopped
/// external step (4) and its one "cancelled" line, instead of waiting out the timeouts and retries.
/// </summary>
[NonParallelizable]
public class CancellationExitCodeTests
{
    [Test]
    public void AnInterruptedArtifactReadExits4AtOnceWithoutRetrying()
    {
        using var server = new SilentServer();
        var folder = Path.Combine(Path.GetTempPath(), $"infra-cancel-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            using var infra = Start(folder, server, ["artifacts", "get", "--stack", "dev", "--key", "plans/dev/1/tfplan", "--out", Path.Combine(folder, "tfplan"), "--root", Testing.RepositoryFiles.Root]);
            if (!server.WaitForConnection(TimeSpan.FromSeconds(60)))
            {
                Assert.Fail($"test setup: the verb must reach the S3 stand-in; it wrote: {Drain(infra)}");
            }

            var interrupted = Stopwatch.StartNew();

            Assert.That(Interrupt(infra.Id), Is.Zero, "test setup: SIGINT must be delivered");

            var exited = infra.WaitForExit(TimeSpan.FromSeconds(15));
            var error = exited ? infra.StandardError.ReadToEnd() : string.Empty;
            if (!exited)
            {
                infra.Kill(entireProcessTree: true);
            }

            Assert.Multiple(() =>
            {
                Assert.That(exited, Is.True, "an interrupted verb must end within seconds, not wait out its 10-minute timeout and its retries");
                Assert.That(exited ? infra.ExitCode : -1, Is.EqualTo(ExitCodes.ExternalFailure), $"an interrupted external step exits 4 (DESIGN.md's exit codes); stderr: {error}");
                Assert.That(error, Does.Contain("infra: cancelled"), "the one line must say the verb was cancelled");
                Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
                Assert.That(server.Connections, Is.EqualTo(1), "the cancelled read must not be attempted again");
            });
            TestContext.Out.WriteLine($"exited {interrupted.Elapsed.TotalSeconds:0.0} s after the interrupt");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void ACancelledVerbExits4WithOneCancelledLine()
    {
        using var server = new SilentServer();
        var folder = Path.Combine(Path.GetTempPath(), $"infra-cancel-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        using var env = new EnvironmentScope(new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
            ["AWS_SECRET_ACCESS_KEY"] = "secret",
            ["AWS_SESSION_TOKEN"] = "session-token",
            ["AWS_ENDPOINT_URL_S3"] = server.Url,
            ["AWS_MAX_ATTEMPTS"] = "4",
            [Infra.Deploy.ExternalCallSettings.TimeoutVariable] = "600",
        });
        try
        {
            using var cancellation = new CancellationTokenSource();
            var (output, error) = (new StringWriter(), new StringWriter());
            string[] args = ["artifacts", "get", "--stack", "dev", "--key", "plans/dev/1/tfplan", "--out", Path.Combine(folder, "tfplan"), "--root", Testing.RepositoryFiles.Root];
            var run = Task.Run(() => InfraCli.Run(Testing.TestApp.Platform, args, output, error, Testing.TestClock.On(), cancellationToken: cancellation.Token));
            Assert.That(server.WaitForConnection(TimeSpan.FromSeconds(20)), Is.True, $"test setup: the verb must reach the S3 stand-in; it wrote: {error}");

            cancellation.Cancel();

            Assert.That(run.Wait(Cancellation.Bound), Is.True, "a cancelled verb must end at once, not wait out its timeout and retries");
            Assert.Multiple(() =>
            {
                Assert.That(run.Result, Is.EqualTo(ExitCodes.ExternalFailure), $"a cancelled external step exits 4 (DESIGN.md's exit codes); stderr: {error}");
                Assert.That(error.ToString(), Does.StartWith("infra: cancelled"), "the one line must say the verb was cancelled");
                Assert.That(server.Connections, Is.EqualTo(1), "the cancelled read must not be attempted again");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // SIGINT, as Ctrl+C sends it to the foreground process.
    private static int Interrupt(int pid) => Kill(pid, 2);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static Process Start(string folder, SilentServer server, string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(TestContext.CurrentContext.TestDirectory, "infra.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        start.Environment["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "secret";
        start.Environment["AWS_SESSION_TOKEN"] = "session-token";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_ENDPOINT_URL_S3"] = server.Url;
        start.Environment["AWS_MAX_ATTEMPTS"] = "4";
        start.Environment[Infra.Deploy.ExternalCallSettings.TimeoutVariable] = "600";
        return Process.Start(start)!;
    }

    private static string Drain(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        return process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
    }
}
