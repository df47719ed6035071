using Infra.Configuration;
using Infra.Tests.Testing;

namespace Infra.Tests.Configuration;

public class ProjectFileTests
{
    private static InfraException LoadFails(TestRepository repo) =>
        Assert.Throws<InfraException>(() => ProjectFile.Load(repo.Root))!;

    [TestCase("bbws:protect", "default: false", "default: maybe", "true or false")]
    [TestCase("bbws:logRetentionDays", "default: 14", "default: fourteen", "whole number")]
    [TestCase("bbws:namePrefix", "default: 2-1-bbws", "default: 21", "quote it")]
    [TestCase("bbws:githubOidcProviderExists", "default: false", "default: [false]", "true or false")]
    public void LoadExits2NamingPulumiYamlAndTheKeyWhenADefaultHasTheWrongType(string key, string oldText, string newText, string fix)
    {
        using var repo = TestRepository.CopyOfReal();
        var text = repo.Read("Pulumi.yaml");
        var at = text.IndexOf($"  {key}:\n", StringComparison.Ordinal);
        var defaultAt = text.IndexOf(oldText, at, StringComparison.Ordinal);
        repo.Write("Pulumi.yaml", text[..defaultAt] + newText + text[(defaultAt + oldText.Length)..]);

        var error = LoadFails(repo);

        Assert.Multiple(() =>
        {
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput), "a default of the wrong type is bad input");
            Assert.That(error.Message, Does.StartWith("Pulumi.yaml"), "the message must name the file");
            Assert.That(error.Message, Does.Contain(key).And.Contain(fix), "the message must name the key and the fix");
        });
    }

    [Test]
    public void LoadExits2WhenAnArrayDefaultIsAScalar()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.yaml", "  bbws:stacks:\n    type: array\n    items:\n      type: string\n    default: [dev, sit, prod]\n", "  bbws:stacks:\n    type: array\n    items:\n      type: string\n    default: dev\n");

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.StartWith("Pulumi.yaml").And.Contain("bbws:stacks").And.Contain("a list"), "a scalar default of an array key must be refused naming the key");
    }

    [Test]
    public void LoadExits2WhenAnArrayDeclaresNoItemsTypeAsPulumiRequires()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.yaml", "  bbws:deployTags:\n    type: array\n    items:\n      type: string\n", "  bbws:deployTags:\n    type: array\n");

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.StartWith("Pulumi.yaml").And.Contain("bbws:deployTags").And.Contain("items"), "Pulumi refuses an array without 'items'; so must we");
    }

    [Test]
    public void TheDeclaredStacksAreReadInPromotionOrder()
    {
        var project = ProjectFile.Load(RepositoryFiles.Root);

        Assert.Multiple(() =>
        {
            Assert.That(project.Stacks, Is.EqualTo(new[] { "dev", "sit", "prod" }), "bbws:stacks lists the stacks in promotion order");
            Assert.That(project.PromotedFrom("prod"), Is.EqualTo("sit"), "prod is promoted from the stack before it");
            Assert.That(project.PromotedFrom("dev"), Is.Null, "the first stack is deployed, not promoted");
        });
    }

    [Test]
    public void LoadExits2WhenTheStacksAreNotDeclared()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.yaml", "  bbws:stacks:\n", "  bbws:stackList:\n");

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.StartWith("Pulumi.yaml").And.Contain("'config.bbws:stacks' is missing").And.Contain("default: [dev, sit, prod]"), "the message must say how to declare the stacks");
    }

    [TestCase("[dev, sit, dev]", "twice")]
    [TestCase("[dev, s.it]", "s.it")]
    [TestCase("[]", "at least one")]
    [TestCase("[s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20, s21, s22, s23, s24, s25, s26, s27, s28, s29, s30, s31, s32, s33, s34, s35, s36, s37, s38, s39, s40, s41, s42, s43, s44, s45, s46, s47, s48, s49, s50, s51]", "at most 50")]
    public void LoadExits2WhenTheDeclaredStacksAreUnusable(string stacks, string expected)
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.yaml", "default: [dev, sit, prod]", $"default: {stacks}");

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.StartWith("Pulumi.yaml").And.Contain("bbws:stacks").And.Contain(expected));
    }
}
