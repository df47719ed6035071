using Infra.Cli;
using Infra.Configuration;
using Infra.Emitters.GitHub;
using Infra.Tests.Testing;

namespace Infra.Tests.Emitters.GitHub;

public class RepositoryFilesEmitterTests
{
    [Test]
    public void CodeownersNamesTheOwnersOfLedgersProdConfigWorkflowsAndStacks()
    {
        var codeowners = Emit().Single(f => f.Path == RepositoryFilesEmitter.CodeOwnersPath).Content;
        var lines = codeowners.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        foreach (var path in new[] { "/infra/Ledgers/", "/Pulumi.prod.yaml", "/workflows-src/", "/.github/", "/stacks/" })
        {
            Assert.That(lines, Has.Some.Match($"^{System.Text.RegularExpressions.Regex.Escape(path)} +@bigbeard/platform-admins$"), $"{path} must be owned");
        }
    }

    [Test]
    public void EveryOwnedPathExistsInTheRepository()
    {
        var codeowners = Emit().Single(f => f.Path == RepositoryFilesEmitter.CodeOwnersPath).Content;
        var paths = codeowners.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(' ')[0]).ToList();

        Assert.That(paths, Is.Not.Empty, "test setup: CODEOWNERS must list paths");
        foreach (var path in paths)
        {
            var full = Path.Combine(RepositoryFiles.Root, path.Trim('/'));
            Assert.That(File.Exists(full) || Directory.Exists(full), Is.True, $"CODEOWNERS owns {path}, which does not exist: a moved folder leaves what it held unowned");
        }
    }

    [Test]
    public void DependabotUpdatesOnlyNugetAndTheCiNpmTools()
    {
        var dependabot = Emit().Single(f => f.Path == RepositoryFilesEmitter.DependabotPath).Content;
        var ecosystems = dependabot.Split('\n').Where(l => l.Contains("package-ecosystem:", StringComparison.Ordinal)).Select(l => l.Split(':')[1].Trim());

        Assert.Multiple(() =>
        {
            Assert.That(ecosystems, Is.EqualTo(new[] { "nuget", "npm" }), "github-actions and terraform would edit generated files and fail synth --check");
            Assert.That(dependabot, Does.Contain("directory: /.ci"));
            Assert.That(dependabot, Does.EndWith("\n").And.Not.EndWith("\n\n").And.Not.Contain("\r"), "LF and one trailing newline");
        });
    }

    [Test]
    public void MissingCodeOwnersIsBadInput()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "  bbws:codeOwners:\n    - \"@bigbeard/platform-admins\"\n", string.Empty);

        var error = Assert.Throws<InfraException>(() => new RepositoryFilesEmitter().Emit(ProjectConfig.Load(repo.Root).Stack("prod"), []));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error.Message, Does.Contain("bbws:codeOwners"));
    }

    [Test]
    public void SynthCheckReportsAHandEditedCodeownersEvenWhenOnlyDevIsSynthesized()
    {
        using var repo = TestRepository.CopyOfReal();
        Assert.That(InfraCli.Run(Testing.TestApp.Platform, ["synth", "--root", repo.Root], new StringWriter(), new StringWriter(), TestClock.On()), Is.EqualTo(ExitCodes.Ok), "test setup: the first synth must pass");
        repo.Replace(".github/CODEOWNERS", "@bigbeard/platform-admins", "@someone-else");
        var error = new StringWriter();

        var exit = InfraCli.Run(Testing.TestApp.Platform, ["synth", "--check", "--stack", "dev", "--root", repo.Root], new StringWriter(), error, TestClock.On());

        Assert.That(exit, Is.EqualTo(ExitCodes.CheckFailed), "a hand edit of a generated file must fail the check");
        Assert.That(error.ToString(), Does.Contain(".github/CODEOWNERS (differs)"));
    }

    [Test]
    public void TheAppsOwnPathsAreOwnedAfterTheLibrarys()
    {
        var app = new StandInApp { OwnedPaths = [new("/infra/Infra.App/", "the app's CI roles and their trust")] };

        var codeowners = new RepositoryFilesEmitter().Emit(ProjectConfig.Load(RepositoryFiles.Root).Stack("prod"), app.OwnedPaths).Single(f => f.Path == RepositoryFilesEmitter.CodeOwnersPath).Content;
        var lines = codeowners.Split('\n').Where(l => l.Length > 0).ToList();

        Assert.That(lines[^2], Is.EqualTo("# the app's CI roles and their trust"), "the app's reason is written above its path");
        Assert.That(lines[^1], Does.Match("^/infra/Infra.App/ +@bigbeard/platform-admins$"), "the code declaring the CI roles and their trust can weaken the pipeline as a ledger can: it must be owned");
    }

    [Test]
    public void ThePlatformOwnsTheFolderThatDeclaresItsCiRoles()
    {
        var codeowners = Emit().Single(f => f.Path == RepositoryFilesEmitter.CodeOwnersPath).Content;

        Assert.That(codeowners.Split('\n'), Has.Some.Match("^/infra/Infra.App/ +@bigbeard/platform-admins$"), "infra/Infra.App declares every stack's CI roles and their trust: a change there must need a code owner's review");
    }

    [TestCase("infra/Infra.App/", TestName = "AnAppOwnedPathWithoutALeadingSlashIsRefused")]
    [TestCase("/infra/My App/", TestName = "AnAppOwnedPathWithASpaceIsRefused")]
    public void AnAppOwnedPathCodeownersCannotReadIsRefused(string path)
    {
        var error = Assert.Throws<InfraException>(() => new RepositoryFilesEmitter().Emit(ProjectConfig.Load(RepositoryFiles.Root).Stack("prod"), [new(path, "the app")]))!;

        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error.Message, Does.Contain(path).And.Contain("OwnedPaths").And.Contain("leading '/'"), "the error must name the path, where it comes from and the fix");
    }

    private static IReadOnlyList<Infra.Emitters.GeneratedFile> Emit() =>
        new RepositoryFilesEmitter().Emit(ProjectConfig.Load(RepositoryFiles.Root).Stack("prod"), ((Infra.Model.IInfraApp)Testing.TestApp.Platform).OwnedPaths);
}
