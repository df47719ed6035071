using System.Diagnostics;
using System.Text;
using Infra.Cli;
using Infra.Tests.Testing;

namespace Infra.Tests.Cli;

public class StandardStreamTests
{
    [Test]
    public void AFullStandardOutputExits3WithOneMessageOnStandardError()
    {
        var error = new StringWriter();

        var exit = InfraCli.Run(Testing.TestApp.Platform, ["synth", "--check", "--root", RepositoryFiles.Root], new FullDiskWriter(), error, TestClock.On());

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.EnvironmentRefused), "a refused write is the environment refusing");
            Assert.That(error.ToString(), Does.StartWith("infra: could not write to standard output (No space left on device)"));
            Assert.That(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), "one message, no stack trace");
        });
    }

    [TestCase("> /dev/full", TestName = "The real binary exits 3 when standard output is /dev/full")]
    [TestCase(">&-", TestName = "The real binary exits 3 when standard output is closed")]
    public void TheRealBinaryExits3WhenStandardOutputRefuses(string redirection)
    {
        var binary = Path.Combine(TestContext.CurrentContext.TestDirectory, "infra.dll");
        var start = new ProcessStartInfo("bash", ["-c", $"dotnet \"$0\" synth --check --root \"$1\" {redirection}", binary, RepositoryFiles.Root])
        {
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Multiple(() =>
        {
            Assert.That(process.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), error);
            Assert.That(error, Does.StartWith("infra: could not write to standard output").And.Not.Contain("Unhandled exception"), "one message instead of a crash");
        });
    }

    [Test]
    public void ControlCharactersEchoedFromDamagedInputAreShownEscapedAndLineEndsAreKept()
    {
        var inner = new StringWriter();
        var writer = new CheckedTextWriter(inner, "standard output");

        writer.WriteLine("principal: GitHu\0bActions\a");
        writer.Write('\0');
        writer.Write("\tcoloured \u001b[32mgreen\u001b[0m\r\n");

        Assert.That(inner.ToString(), Is.EqualTo("principal: GitHu\\u0000bActions\\u0007\n\\u0000\tcoloured \u001b[32mgreen\u001b[0m\r\n"), "NUL and BEL must be escaped; line ends, tabs and colour escapes kept");
    }

    /// <summary>Standard output on a full disk: every write fails as the OS reports it.</summary>
    private sealed class FullDiskWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");
    }
}
