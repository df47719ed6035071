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
    public void An_unknown_verb_points_to_the_root_help()
    {
        var (exit, error) = Run("frobnicate");

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.Contain("run 'infra --help'").And.Not.Contain("infra frobnicate --help"), "an unknown verb has no help of its own: " + error);
    }

    [Test]
    public void No_verb_at_all_points_to_the_root_help()
    {
        var (exit, error) = Run();

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.Contain("run 'infra --help'"), "the usage pointer must name a command that exists: " + error);
    }

    [Test]
    public void An_unknown_option_on_a_known_verb_points_to_that_verbs_help()
    {
        var (exit, error) = Run("synth", "--frobnicate");

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.Contain("run 'infra synth --help'"), "the verb's own help lists its options: " + error);
    }

    [Test]
    public void An_unknown_option_on_a_sub_verb_points_to_that_sub_verbs_help()
    {
        var (exit, error) = Run("permissions", "explain", "--role", "github-deploy", "--frobnicate");

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error, Does.Contain("run 'infra permissions explain --help'"), "the sub-verb's own help lists its options: " + error);
    }
}
