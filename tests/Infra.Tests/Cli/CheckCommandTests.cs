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
        Assert.That(output.ToString(), Does.Contain("suppressions (52):").And.Contain("APIGW-AUTH: The product catalogue is public by design"));
        Assert.That(output.ToString(), Does.Contain("/order-processor/order-processor-function: LAMBDA-CODE-SIGNING: Signing needs").And.Contain("(until 2027-03-31)"), "the accepted unsigned code must be listed with its expiry");
    }

    [Test]
    public void SuppressedFindingsArePrintedAsAcceptedNotAsErrors()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = InfraCli.Run(["check", "--root", RepositoryFiles.Root, "--today", "2026-06-01"], output, error);

        var lines = (output.ToString() + error).Split('\n');
        var accepted = lines.Where(l => l.StartsWith("accepted ", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
            Assert.That(lines.Where(l => l.StartsWith("error", StringComparison.Ordinal)), Is.Empty, "a check that passes prints no line starting with 'error': suppressed findings are accepted, not errors");
            Assert.That(accepted.Count(l => l.StartsWith("accepted APIGW-AUTH: ", StringComparison.Ordinal)), Is.EqualTo(6), "the public routes' findings stay visible in check, two per stack");
            Assert.That(accepted, Has.All.Contains("[suppressed: "), "each accepted finding shows its suppression's reason");
            Assert.That(lines, Has.Some.EqualTo($"check: {accepted.Count + lines.Count(l => l.StartsWith("info ", StringComparison.Ordinal) || l.StartsWith("warning ", StringComparison.Ordinal))} finding(s), none blocking ({accepted.Count} accepted by suppressions); 52 suppression(s)."), "the summary counts the accepted findings");
        });
    }

    [Test]
    public void TheFindingsOfEachStackComeInPromotionOrder()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = InfraCli.Run(["check", "--root", RepositoryFiles.Root, "--today", "2026-06-01"], output, error);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
        Assert.That(Infra.Tests.Testing.StackOrder.Of(output.ToString(), " {0}/bbws-bootstrap-"), Is.EqualTo(new[] { "dev", "sit", "prod" }), "check must list the stacks in promotion order");
    }

    [Test]
    public void AnUnknownFormatIsBadInput()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.That(InfraCli.Run(["check", "--format", "xml"], output, error), Is.EqualTo(ExitCodes.BadInput), "only text, json and sarif exist");
    }
}
