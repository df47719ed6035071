using Infra.Configuration;
using Infra.Model;
using Infra.Tests.Testing;

namespace Infra.Tests.Configuration;

public class ProjectConfigTests
{
    [TestCase("dev", "536580886816", "eu-west-1")]
    [TestCase("sit", "815856636111", "eu-west-1")]
    [TestCase("prod", "093646564004", "af-south-1")]
    public void EachStackReadsItsAccountAndRegionFromItsOwnFile(string stack, string account, string region)
    {
        var config = ProjectConfig.Load(RepositoryFiles.Root).Stack(stack);

        Assert.Multiple(() =>
        {
            Assert.That(config.AccountId, Is.EqualTo(account), $"Pulumi.{stack}.yaml must hold the account of {stack}");
            Assert.That(config.Region, Is.EqualTo(region), $"Pulumi.{stack}.yaml must hold the region of {stack}");
        });
    }

    [Test]
    public void StacksComeInTheDeclaredPromotionOrder()
    {
        var config = ProjectConfig.Load(RepositoryFiles.Root);

        Assert.Multiple(() =>
        {
            Assert.That(config.Stacks.Select(s => s.StackName), Is.EqualTo(config.Project.Stacks), "the stacks must follow bbws:stacks, not their names' order");
            Assert.That(config.Stacks.Select(s => s.StackName), Is.EqualTo(new[] { "dev", "sit", "prod" }), "bbws:stacks declares dev, sit, prod");
        });
    }

    [Test]
    public void DeclaredDefaultsApplyWhenAStackDoesNotSetAKey()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Write("Pulumi.dev.yaml", "config:\n  aws:region: eu-west-1\n  bbws:accountId: \"536580886816\"\n");

        var config = ProjectConfig.Load(repo.Root).Stack("dev");

        Assert.That(config.RequireInt("logRetentionDays"), Is.EqualTo(14), "the default of Pulumi.yaml must apply");
    }

    [Test]
    public void ProviderNamespacesAndStackFileKeysAreAccepted()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Write("Pulumi.dev.yaml", "encryptionsalt: v1:abc\nconfig:\n  aws:region: eu-west-1\n  aws:profile: dev\n  github:owner: bigbeard\n  bbws:accountId: \"536580886816\"\n");

        Assert.DoesNotThrow(() => ProjectConfig.Load(repo.Root), "aws:, github: and encryptionsalt belong to Pulumi and its providers");
    }

    [Test]
    public void SecureValuesStayOpaqueAndBecomeSensitiveVariables()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.dev.yaml", "config:\n", "config:\n  bbws:notifyToken:\n    secure: AAABADNDx8Yy2Q==\n");
        repo.Replace("Pulumi.yaml", "config:\n", "config:\n  bbws:notifyToken:\n    type: string\n    secret: true\n");

        var config = ProjectConfig.Load(repo.Root).Stack("dev");
        var secret = config.RequireSecret("notifyToken");

        Assert.Multiple(() =>
        {
            Assert.That(secret.Expression, Is.EqualTo(new SecretVariable("notify_token", "bbws:notifyToken")), "a secret must be a run-time variable");
            Assert.Throws<InfraException>(() => config.Get("notifyToken"), "reading a secret as plain text must be refused");
        });
    }

    private static InfraException LoadFails(TestRepository repo) =>
        Assert.Throws<InfraException>(() => ProjectConfig.Load(repo.Root))!;

    [Test]
    public void ThrowsNamingFileAndLineWhenYamlIsMalformed()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Write("Pulumi.sit.yaml", "config:\n  aws:region: eu-west-1\n   bbws:accountId: [\n");

        var error = LoadFails(repo);

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith("Pulumi.sit.yaml:"), "the message must name the file");
            Assert.That(error.Message, Does.Contain("malformed YAML"));
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        });
    }

    [Test]
    public void ThrowsNamingTheKeyWhenTheAccountIdIsMissing()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Write("Pulumi.dev.yaml", "config:\n  aws:region: eu-west-1\n");

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.Contain("Pulumi.dev.yaml").And.Contain("'bbws:accountId' is missing").And.Contain("e.g."), "the message must name file, key and fix");
    }

    [TestCase("53658088681")]
    [TestCase("5365808868160")]
    [TestCase("53658088681x")]
    public void ThrowsWhenTheAccountIdIsNotExactly12Digits(string account)
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.dev.yaml", "\"536580886816\"", $"\"{account}\"");

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.Contain("Pulumi.dev.yaml").And.Contain(account).And.Contain("exactly 12 digits"));
    }

    [Test]
    public void ThrowsWhenTwoStacksShareAnAccount()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.sit.yaml", "\"815856636111\"", "\"536580886816\"");

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.Contain("Pulumi.dev.yaml and Pulumi.sit.yaml").And.Contain("536580886816"));
    }

    [Test]
    public void ThrowsWithAHintWhenTheRegionIsUnknown()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "af-south-1", "af-south-l");

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.Contain("aws:region").And.Contain("af-south-l").And.Contain("did you mean 'af-south-1'"));
    }

    [Test]
    public void ThrowsListingTheKnownStacksWhenAStackIsUnknown()
    {
        var error = Assert.Throws<InfraException>(() => ProjectConfig.Load(RepositoryFiles.Root).Stack("staging"))!;

        Assert.That(error.Message, Does.Contain("staging").And.Contain("dev, sit, prod"), "the known stacks are listed in promotion order");
    }

    [Test]
    public void ThrowsWithDidYouMeanWhenAProjectKeyIsNotDeclared()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.dev.yaml", "config:\n", "config:\n  bbws:logRetentionDay: 7\n");

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.Contain("'bbws:logRetentionDay' is not declared in Pulumi.yaml").And.Contain("did you mean 'bbws:logRetentionDays'"));
    }

    [Test]
    public void ThrowsWhenAValueDoesNotMatchItsDeclaredType()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.dev.yaml", "bbws:logRetentionDays: 14", "bbws:logRetentionDays: two weeks");

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.Contain("bbws:logRetentionDays").And.Contain("not a whole number"));
    }

    [TestCase("dev")]
    [TestCase("sit")]
    [TestCase("prod")]
    public void LoadExits2NamingADeclaredStackWhoseFileIsMissing(string stack)
    {
        using var repo = TestRepository.CopyOfReal();
        File.Delete(Path.Combine(repo.Root, $"Pulumi.{stack}.yaml"));

        var error = LoadFails(repo);

        Assert.Multiple(() =>
        {
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput), "a missing stack file is bad input, never a smaller set of stacks");
            Assert.That(error.Message, Does.StartWith($"Pulumi.{stack}.yaml").And.Contain("bbws:stacks").And.Contain("restore"));
        });
    }

    [Test]
    public void LoadExits2NamingAStackFileThatIsNotDeclared()
    {
        using var repo = TestRepository.CopyOfReal();
        File.Copy(Path.Combine(repo.Root, "Pulumi.dev.yaml"), Path.Combine(repo.Root, "Pulumi.qa.yaml"));

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.StartWith("Pulumi.qa.yaml").And.Contain("bbws:stacks").And.Contain("Pulumi.yaml"), "an undeclared stack file must be named with the fix");
    }
}
