using System.Globalization;
using System.Text.RegularExpressions;
using Infra.Cli;
using Infra.Tests.Testing;

namespace Infra.Tests.Cli;

public class CheckCommandTests
{
    [Test]
    public void ThePlatformPassesTheCheckAndItListsTheDocumentedSuppressions()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = InfraCli.Run(Testing.TestApp.Platform, ["check", "--root", RepositoryFiles.Root, "--suppressions"], output, error, TestClock.On());

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
        var listed = ListedSuppressions(output.ToString());
        Assert.That(output.ToString(), Does.Contain($"suppressions ({listed}):").And.Contain("APIGW-AUTH: The product catalogue is public by design"), "the heading counts the suppressions listed under it");
        Assert.That(output.ToString(), Does.Contain("/order-processor/order-processor-function: LAMBDA-CODE-SIGNING: Signing needs").And.Contain("(until 2027-03-31)"), "the accepted unsigned code must be listed with its expiry");
        Assert.That(output.ToString(), Does.Contain("dev/product-api/product-api-logs: LOG-RETENTION-YEAR: Dev holds no customer data").And.Not.Contain("sit/product-api/product-api-logs: LOG-RETENTION-YEAR"), "only dev may accept logs kept less than a year");
    }

    [Test]
    public void SuppressedFindingsArePrintedAsAcceptedNotAsErrors()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = InfraCli.Run(Testing.TestApp.Platform, ["check", "--root", RepositoryFiles.Root], output, error, TestClock.On());

        var lines = (output.ToString() + error).Split('\n');
        var accepted = lines.Where(l => l.StartsWith("accepted ", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
            Assert.That(lines.Where(l => l.StartsWith("error", StringComparison.Ordinal)), Is.Empty, "a check that passes prints no line starting with 'error': suppressed findings are accepted, not errors");
            Assert.That(accepted.Count(l => l.StartsWith("accepted APIGW-AUTH: ", StringComparison.Ordinal)), Is.EqualTo(6), "the public routes' findings stay visible in check, two per stack");
            Assert.That(accepted, Has.All.Contains("[suppressed: "), "each accepted finding shows its suppression's reason");
            Assert.That(lines, Has.Some.EqualTo($"check: {accepted.Count + lines.Count(l => l.StartsWith("info ", StringComparison.Ordinal) || l.StartsWith("warning ", StringComparison.Ordinal))} finding(s), none blocking ({accepted.Count} accepted by suppressions); {ListedSuppressions(Listing())} suppression(s)."), "the summary counts the accepted findings and every suppression the listing shows");
        });
    }

    [Test]
    public void TheFindingsOfEachStackComeInPromotionOrder()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = InfraCli.Run(Testing.TestApp.Platform, ["check", "--root", RepositoryFiles.Root], output, error, TestClock.On());

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
        Assert.That(Infra.Tests.Testing.StackOrder.Of(output.ToString(), " {0}/bbws-bootstrap-"), Is.EqualTo(new[] { "dev", "sit", "prod" }), "check must list the stacks in promotion order");
    }

    [Test]
    public void SuppressionsExpireByTheInjectedClock()
    {
        var expiries = Regex.Matches(Listing(), @"\(until (\d{4}-\d{2}-\d{2})\)").Select(m => DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.That(expiries, Is.Not.Empty, "test setup: the platform must have a suppression with an expiry to let lapse");
        using var onFirstExpiry = new StringWriter();
        using var afterIt = new StringWriter();

        var firstExpiry = InfraCli.Run(Testing.TestApp.Platform, ["check", "--root", RepositoryFiles.Root], TextWriter.Null, onFirstExpiry, TestClock.On(expiries.Min(), new TimeOnly(23, 59)));
        var dayAfter = InfraCli.Run(Testing.TestApp.Platform, ["check", "--root", RepositoryFiles.Root], TextWriter.Null, afterIt, TestClock.On(expiries.Max().AddDays(1), new TimeOnly(0, 1)));

        Assert.Multiple(() =>
        {
            Assert.That(firstExpiry, Is.EqualTo(ExitCodes.Ok), $"a suppression applies through its expiry day on the clock the CLI is given: {onFirstExpiry}");
            Assert.That(dayAfter, Is.EqualTo(ExitCodes.CheckFailed), "once the given clock passes every expiry, the check must fail");
            Assert.That(afterIt.ToString().Split('\n').Count(l => l.StartsWith("infra: suppression expired: ", StringComparison.Ordinal)), Is.EqualTo(expiries.Count), "each suppression with an expiry must be named as expired");
        });
    }

    [Test]
    public void AnUnknownFormatIsBadInput()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.That(InfraCli.Run(Testing.TestApp.Platform, ["check", "--format", "xml"], output, error, TestClock.On()), Is.EqualTo(ExitCodes.BadInput), "only text, json and sarif exist");
    }

    // The suppressions `check --suppressions` lists: the indented lines under its heading, so no test pins how many
    // the platform has today.
    private static int ListedSuppressions(string output)
    {
        var lines = output.Split('\n');
        var heading = Array.FindIndex(lines, l => l.StartsWith("suppressions (", StringComparison.Ordinal));
        Assert.That(heading, Is.GreaterThanOrEqualTo(0), "check --suppressions prints a 'suppressions (N):' heading");
        var count = lines.Skip(heading + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Count();
        Assert.That(count, Is.GreaterThan(0), "the platform's suppressions are listed under the heading");
        return count;
    }

    private static string Listing()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = InfraCli.Run(Testing.TestApp.Platform, ["check", "--root", RepositoryFiles.Root, "--suppressions"], output, error, TestClock.On());
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), error.ToString());
        return output.ToString();
    }
}
