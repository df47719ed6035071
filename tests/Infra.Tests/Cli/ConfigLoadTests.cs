using Infra.Tests.Testing;
using static Infra.Tests.Testing.CliRunner;

namespace Infra.Tests.Cli;

/// <summary>Bad config stops every verb at config load, with exit 2 and one message, before anything else runs.</summary>
public class ConfigLoadTests
{
    private static readonly string[] Stacks = ["dev", "sit", "prod"];

    /// <summary>Every verb that reads config, run on <paramref name="stack"/> (a stack other than the broken one).</summary>
    private static IEnumerable<string[]> Verbs(string root, string stack)
    {
        var promoted = stack == "dev" ? "sit" : stack;
        var missing = Path.Combine(root, "no-such-file");
        yield return ["synth", "--root", root];
        yield return ["synth", "--check", "--root", root];
        yield return ["check", "--stack", stack, "--root", root];
        yield return ["preview", "--root", root];
        yield return ["preview", "--plan", missing, "--stack", stack, "--root", root];
        yield return ["gate", "--plan", missing, "--stack", stack, "--root", root];
        yield return ["verify-account", "--stack", stack, "--root", root];
        yield return ["deploy", "--stack", stack, "--artifact", missing, "--root", root];
        yield return ["plan", "--stack", stack, "--root", root];
        yield return ["promote", "--to", promoted, "--commit", "0123456789abcdef0123456789abcdef01234567", "--artifact", missing, "--change-ticket", "CHG0012345", "--root", root];
        yield return ["freeze", "--stack", stack, "--reason", "incident", "--root", root];
        yield return ["unfreeze", "--stack", stack, "--root", root];
        yield return ["rollback", "--stack", stack, "--root", root];
        yield return ["deployments", "--stack", stack, "--root", root];
        yield return ["permissions", "add", "--role", "github-deploy", "--from-error", "AccessDenied", "--root", root];
    }

    [TestCase("dev", "prod")]
    [TestCase("sit", "dev")]
    [TestCase("prod", "sit")]
    public void EveryVerbExits2NamingADeletedStackFile(string deleted, string other)
    {
        using var repo = TestRepository.CopyOfReal();
        File.Delete(Path.Combine(repo.Root, $"Pulumi.{deleted}.yaml"));

        Assert.Multiple(() =>
        {
            foreach (var args in Verbs(repo.Root, other))
            {
                var (exit, output, error) = Run(args);
                var verb = string.Join(' ', args.TakeWhile(a => a != "--root" && !a.StartsWith('/')));
                Assert.That(exit, Is.EqualTo(ExitCodes.BadInput), $"'{verb}' must exit 2 when Pulumi.{deleted}.yaml is missing: {error}{output}");
                Assert.That(error, Does.StartWith($"infra: Pulumi.{deleted}.yaml"), $"'{verb}' must name the missing file first");
            }
        });
    }

    [Test]
    public void EveryVerbExits2WhenTheChangeTicketPatternIsNotARegularExpression()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "bbws:changeTicketPattern: CHG[0-9]{7}", "bbws:changeTicketPattern: 'CHG[0-9'");

        Assert.Multiple(() =>
        {
            foreach (var args in Verbs(repo.Root, "prod"))
            {
                var (exit, _, error) = Run(args);
                var verb = string.Join(' ', args.TakeWhile(a => a != "--root" && !a.StartsWith('/')));
                Assert.That(exit, Is.EqualTo(ExitCodes.BadInput), $"'{verb}' must exit 2 on an invalid pattern: {error}");
                Assert.That(error, Does.Contain("bbws:changeTicketPattern").And.Contain("not a valid regular expression"), $"'{verb}' must name the key");
            }
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    public void AnEmptyRootExits2(string root)
    {
        foreach (var verb in new[] { "synth", "check", "preview" })
        {
            var (exit, _, error) = Run(verb, "--root", root);

            Assert.That(exit, Is.EqualTo(ExitCodes.BadInput), $"{verb} --root '{root}': {error}");
            Assert.That(error, Does.Contain("--root").And.Contain("empty"), "the message must name the option and the problem");
        }
    }

    [Test]
    public void ARootNamingAMissingFolderExits2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "infra-tests", "no-such-" + Guid.NewGuid().ToString("N"));

        var (exit, _, error) = Run("check", "--root", missing);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error, Does.Contain("--root").And.Contain(missing).And.Contain("no such folder"));
        });
    }

    [Test]
    public void StacksDeclaredInPulumiYamlAreAllThereIs()
    {
        Assert.That(Stacks, Is.EqualTo(Infra.Configuration.ProjectFile.Load(RepositoryFiles.Root).Stacks), "this test's list of stacks must follow bbws:stacks");
    }
}
