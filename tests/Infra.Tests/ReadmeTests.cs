using Infra.Configuration;
using Infra.Tests.Testing;

namespace Infra.Tests;

public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));

    [Test]
    public void TheConfigReferenceListsEveryKeyPulumiYamlDeclares()
    {
        var missing = ProjectFile.Load(RepositoryFiles.Root).Keys.Keys.Where(key => !Readme.Contains($"| `{key}` |", StringComparison.Ordinal)).ToList();

        Assert.That(missing, Is.Empty, "README's config reference must document every declared key");
    }

    [Test]
    public void TheReadmeShowsTheTestCommandThatCiRuns()
    {
        var ci = File.ReadAllText(RepositoryFiles.PathOf(".ci/run"));

        Assert.Multiple(() =>
        {
            Assert.That(Readme, Does.Contain("dotnet test Infra.sln"), "README shows a new user the test command");
            Assert.That(ci, Does.Contain("dotnet test Infra.sln"), "CI runs the README's test command");
        });
    }

    [Test]
    public void TheReadmeShowsTheHandlerTestCommandThatCiRuns()
    {
        const string command = "pytest-3 tests/Handlers";
        var ci = File.ReadAllText(RepositoryFiles.PathOf(".ci/run"));

        Assert.Multiple(() =>
        {
            Assert.That(Readme, Does.Contain(command), "README shows the handler test command");
            Assert.That(ci, Does.Contain(command), "CI runs the README's handler test command");
            Assert.That(ci, Does.Contain("handlers.xml"), "CI writes the handler results where its closing line counts them");
        });
    }
}
