using Infra.Cli;
using Infra.Tests.Testing;

namespace Infra.Tests.Cli;

public class InfraCliTests
{
    private static (int Exit, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var exit = InfraCli.Run(Testing.TestApp.Platform, args, TextWriter.Null, error, TestClock.On());
        return (exit, error.ToString());
    }

    [Test]
    public void AnUnknownVerbPointsToTheRootHelp()
    {
        var (exit, error) = Run("frobnicate");

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.Contain("run 'infra --help'").And.Not.Contain("infra frobnicate --help"), "an unknown verb has no help of its own: " + error);
    }

    [Test]
    public void NoVerbAtAllPointsToTheRootHelp()
    {
        var (exit, error) = Run();

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.Contain("run 'infra --help'"), "the usage pointer must name a command that exists: " + error);
    }

    [Test]
    public void AnUnknownOptionOnAKnownVerbPointsToThatVerbsHelp()
    {
        var (exit, error) = Run("synth", "--frobnicate");

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.Contain("run 'infra synth --help'"), "the verb's own help lists its options: " + error);
    }

    [Test]
    public void AnUnknownOptionOnASubVerbPointsToThatSubVerbsHelp()
    {
        var (exit, error) = Run("permissions", "explain", "--role", "github-deploy", "--frobnicate");

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.Contain("run 'infra permissions explain --help'"), "the sub-verb's own help lists its options: " + error);
    }
}
