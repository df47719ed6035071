using Infra.Cli;
using Infra.Tests.Deploy.Support;
using Infra.Tests.Testing;

namespace Infra.Tests.Deploy.Cli;

/// <summary>The deploy verbs' exit codes through the real command line, with the environment under the test's control.</summary>
[NonParallelizable]
public class DeployVerbsExitCodeTests
{
    private string empty = string.Empty;

    [SetUp]
    public void CreateEmptyAwsFiles()
    {
        empty = Path.Combine(Path.GetTempPath(), $"infra-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, "credentials"), string.Empty);
        File.WriteAllText(Path.Combine(empty, "config"), string.Empty);
        File.WriteAllText(Path.Combine(empty, "lambda.zip"), "not really a zip");
    }

    [TearDown]
    public void RemoveEmptyAwsFiles() => Directory.Delete(empty, recursive: true);

    [TestCase("verify-account", "--stack", "qa")]
    [TestCase("rollback", "--stack", "qa")]
    [TestCase("deployments", "--stack", "qa")]
    [TestCase("freeze", "--stack", "qa", "--reason", "r")]
    public void AnUnknownStackExits2BeforeAnyCall(params string[] args)
    {
        using var env = NoCredentials();

        var (exit, error) = Run([.. args, "--root", RepositoryFiles.Root]);

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput), $"'{args[0]} --stack qa' must be a usage error: {error}");
        Assert.That(error, Does.Contain("qa"), "the message must name the unknown stack");
    }

    [Test]
    public void DeployYesOnProdExits2PointingAtPromote()
    {
        using var env = NoCredentials();

        var (exit, error) = Run("deploy", "--stack", "prod", "--yes", "--commit", DeployHarness.Commit, "--artifact", Path.Combine(empty, "lambda.zip"), "--root", RepositoryFiles.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput), $"deploy --yes on prod must be a usage error, even without credentials or a GitHub token: {error}");
        Assert.That(error, Does.Contain("infra promote --to prod"), "the message must point at promote");
    }

    [TestCase("verify-account", "--stack", "dev")]
    [TestCase("freeze", "--stack", "dev", "--reason", "incident 42")]
    [TestCase("unfreeze", "--stack", "sit")]
    public void NoCredentialsExits3NamingWhereItLooked(params string[] args)
    {
        using var env = NoCredentials();

        var (exit, error) = Run([.. args, "--root", RepositoryFiles.Root]);

        Assert.That(exit, Is.EqualTo(ExitCodes.EnvironmentRefused), $"'{args[0]}' without credentials must exit 3: {error}");
        Assert.That(error, Does.Contain("no AWS credentials").And.Contain("AWS_ACCESS_KEY_ID").And.Contain("profile 'nobody'"), "the message must name the variables and the profile it looked at");
    }

    [TestCase("rollback", "--stack", "dev", "--to", "latest")]
    [TestCase("deployments", "--stack", "dev", "--format", "xml")]
    [TestCase("deployments", "--stack", "dev", "--count", "0")]
    public void BadOptionsExit2(params string[] args)
    {
        using var env = NoCredentials();

        var (exit, error) = Run([.. args, "--root", RepositoryFiles.Root]);

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput), $"'{string.Join(' ', args)}' must be a usage error: {error}");
    }

    [Test]
    public void DeploymentsWithoutAGitHubTokenExits3NamingTheVariables()
    {
        using var env = NoCredentials();

        var (exit, error) = Run("deployments", "--stack", "dev", "--root", RepositoryFiles.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.EnvironmentRefused), $"deployments without GITHUB_TOKEN must exit 3: {error}");
        Assert.That(error, Does.Contain("GITHUB_TOKEN").And.Contain("GITHUB_REPOSITORY"), "the message must name what to set");
    }

    [Test]
    public void PromoteVerifyNeedsNoArtifactAndExits3WithoutAGitHubToken()
    {
        using var env = NoCredentials();

        var (exit, error) = Run("promote", "verify", "--to", "sit", "--commit", DeployHarness.Commit, "--root", RepositoryFiles.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.EnvironmentRefused), $"promote verify runs before any artifact exists and must only lack the token: {error}");
        Assert.That(error, Does.Contain("GITHUB_TOKEN").And.Contain("actions: read"), "the message must name the token and the permission the check needs");
    }

    [TestCase("--plan-out", "plans", "--saved-plan", "sit.tfplan", "--saved-plan-sha256", "00", TestName = "Promote with both halves of the split is a usage error")]
    [TestCase("--saved-plan", "sit.tfplan", "--yes", TestName = "Promote with a saved plan but no digest is a usage error")]
    public void ImpossibleSplitsExit2BeforeAnyCall(params string[] split)
    {
        using var env = NoCredentials();

        var (exit, error) = Run(["promote", "--to", "sit", "--commit", DeployHarness.Commit, "--artifact", Path.Combine(empty, "lambda.zip"), .. split, "--root", RepositoryFiles.Root]);

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput), $"an impossible split must be a usage error, even without a GitHub token: {error}");
        Assert.That(error, Does.Contain("--saved-plan"), "the message must name the options that clash");
    }

    private static (int Exit, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = InfraCli.Run(Testing.TestApp.Platform, args, output, error, TestClock.On());
        return (exit, error.ToString());
    }

    // No key in the environment, empty profile files, no web identity, no metadata endpoints, no GitHub token.
    private EnvironmentScope NoCredentials() =>
        EnvironmentScope.WithoutAwsCredentials(empty, new Dictionary<string, string?> { ["GITHUB_TOKEN"] = null, ["GITHUB_REPOSITORY"] = null });
}
