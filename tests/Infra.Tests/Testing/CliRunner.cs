using Infra.Cli;

namespace Infra.Tests.Testing;

/// <summary>Runs the real <c>infra</c> entry point in process, the way every command-line test does.</summary>
public static class CliRunner
{
    /// <summary>
    /// One command line on the real clock: its exit code and what it printed on standard output and standard error.
    /// The verbs it drives talk to stand-in servers over real sockets, so their timeouts must run in real time.
    /// </summary>
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = InfraCli.Run(Testing.TestApp.Platform, args, output, error, TimeProvider.System);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>A copy of the repository's inputs, synthesized once so that its generated output is fresh.</summary>
    public static TestRepository SynthesizedRepository()
    {
        var repo = TestRepository.CopyOfReal();
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.EqualTo(ExitCodes.Ok), "test setup: the first synth must pass");
        return repo;
    }
}
