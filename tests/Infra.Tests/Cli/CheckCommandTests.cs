using Infra.Cli;
using Infra.Model;
using Infra.Tests.Permissions;

namespace Infra.Tests.Cli;

public class CheckCommandTests
{
    [Test]
    public void ThePlatformPassesTheCheckAndItListsTheDocumentedSuppressions()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = InfraCli.Run(["check", "--root", RepositoryFiles.Root, "--suppressions", "--today", "2026-06-01"], output, error);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
        Assert.That(output.ToString(), Does.Contain("suppressions (6):").And.Contain("APIGW-AUTH: The product catalogue is public by design"));
    }

    [Test]
    public void AnUnknownFormatIsBadInput()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.That(InfraCli.Run(["check", "--format", "xml"], output, error), Is.EqualTo(ExitCodes.BadInput), "only text, json and sarif exist");
    }
}
