namespace Infra.Tests.Fuzz;

public class CliPropertyTests
{
    private static readonly Dictionary<string, string> Tree = new() { ["stacks/dev/terraform/main.tf.json"] = "AB12" };

    private static IReadOnlyList<string> Check(CliRun run, IReadOnlyDictionary<string, string>? after = null) =>
        CliProperty.Violations(run, Tree, after ?? Tree);

    [Test]
    public void ACleanFailureWithAMessageHolds()
    {
        Assert.That(Check(new CliRun(2, string.Empty, "infra: Pulumi.dev.yaml: malformed YAML\n", null, false)), Is.Empty, "a documented exit with one message is what the CLI must do");
    }

    [Test]
    public void AGateFindingLineCountsAsTheMessage()
    {
        Assert.That(Check(new CliRun(1, "FAIL [PROD-DESTROY] aws_s3_bucket.b: destroy in prod\n", string.Empty, null, false)), Is.Empty, "a FAIL line of the gate is a documented message");
    }

    [Test]
    public void AnEscapedExceptionIsACrash()
    {
        Exception escaped;
        try
        {
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException e)
        {
            escaped = e;
        }

        Assert.That(Check(new CliRun(null, string.Empty, string.Empty, escaped, false)).Single(), Does.StartWith("crash System.InvalidOperationException: boom"));
    }

    [TestCase(7, "infra: x\n", "exit code")]
    [TestCase(2, "something went wrong\n", "no message")]
    [TestCase(2, "infra: bad\0value\n", "NUL printed")]
    [TestCase(2, "infra: failed: System.NullReferenceException: Object reference not set\n", "exception text")]
    [TestCase(2, "infra: failed\n   at Infra.Configuration.YamlFiles.Load(String path)\n", "exception text")]
    [TestCase(2, "infra: (Line: 3, Col: 1) YamlDotNet.Core.SyntaxErrorException\n", "exception text")]
    [TestCase(1, "Unhandled exception. System.Exception\n", "exception text")]
    public void ABrokenContractIsReported(int exit, string error, string category)
    {
        var problems = Check(new CliRun(exit, string.Empty, error, null, false));

        Assert.That(problems.Select(p => p[..p.IndexOf(':', StringComparison.Ordinal)]), Does.Contain(category), $"'{error.Trim()}' must be reported as {category}");
    }

    [Test]
    public void AFailingRunThatChangedAGuardedFileDamagedTheCheckout()
    {
        var after = new Dictionary<string, string> { ["stacks/dev/terraform/main.tf.json"] = "CD34", [".github/workflows/new.yml"] = "EF56" };

        var problems = Check(new CliRun(2, string.Empty, "infra: bad input\n", null, false), after);

        Assert.That(problems.Single(), Does.StartWith("damaged checkout: exit 2 but 2 guarded path(s) changed"));
    }

    [Test]
    public void ASuccessfulRunMayRewriteGeneratedFiles()
    {
        var after = new Dictionary<string, string> { ["stacks/dev/terraform/main.tf.json"] = "CD34" };

        Assert.That(Check(new CliRun(0, "wrote stacks/dev/terraform/main.tf.json\n", string.Empty, null, false), after), Is.Empty, "synth writes on success: that is its job");
    }

    [Test]
    public void AHugeOutputIsCheckedQuickly()
    {
        var huge = new string(' ', 20_000_000) + "\ninfra: done at last Exception-free\n";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var problems = Check(new CliRun(2, huge, string.Empty, null, false));

        Assert.That(problems, Is.Empty, string.Join("; ", problems));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), "checking 20 MB of output must not dominate a fuzz case");
    }
}
