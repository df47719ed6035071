using Infra.Permissions;

namespace Infra.Tests.Permissions;

public class LedgerStackScopeTests
{
    private const string Header = "# Evidence ledger of the test role.\nrole: test-role\n";
    private static readonly string[] KnownStacks = ["dev", "sit", "prod"];

    private TempFolder folder = null!;

    [SetUp]
    public void SetUp() => folder = new TempFolder();

    [TearDown]
    public void TearDown() => folder.Dispose();

    [Test]
    public void AGrantScopedToStacksAppliesOnlyInThoseStacks()
    {
        var path = folder.Write("test-role.yaml", Header + """
            grants:
              - action: s3:GetObject
                resource: "arn:aws:s3:::2-1-bbws-artifacts-${stack}-${account}/plans/${stack}/*"
                stacks: [sit, prod]
                evidence: "the apply job of a promotion reads back its saved plan"
                date: 2026-12-05
              - action: s3:GetObject
                resource: "arn:aws:s3:::2-1-bbws-artifacts-${stack}-${account}/bundles/*"
                evidence: "every stack reads its bundles"
                date: 2026-12-05
            """);
        var ledger = EvidenceLedger.Load(path, KnownStacks);

        var dev = ledger.Resolve("536580886816", "eu-west-1", "dev");
        var sit = ledger.Resolve("815856636111", "eu-west-1", "sit", new StackLocation("dev", "536580886816", "eu-west-1"));

        Assert.Multiple(() =>
        {
            Assert.That(ledger.Grants[0].Stacks, Is.EqualTo(new[] { "sit", "prod" }), "the field must be read in ledger order");
            Assert.That(ledger.Grants[1].Stacks, Is.Null, "a grant without the field applies in every stack");
            Assert.That(dev.Select(g => g.Resource), Is.EqualTo(new[] { "arn:aws:s3:::2-1-bbws-artifacts-dev-536580886816/bundles/*" }), "dev is not in the scoped grant's stacks: only the unscoped grant may reach dev's policy");
            Assert.That(sit.Select(g => g.Resource), Is.EqualTo(new[] { "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/plans/sit/*", "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/bundles/*" }), "sit is in the scoped grant's stacks: both grants apply");
            Assert.That(ledger.GrantsIn("dev").Select(g => g.Line), Is.EqualTo(new[] { 9 }), "the grants judged for dev are the unscoped one only");
        });
    }

    [TestCase("    stacks: sit\n", "test-role.yaml:6: 'stacks' of s3:GetObject is not a list", "stacks: [sit, prod]", TestName = "Throws when stacks is a single name, not a list")]
    [TestCase("    stacks: []\n", "test-role.yaml:6: 'stacks' of s3:GetObject lists no stack", "delete the field", TestName = "Throws when stacks is an empty list")]
    [TestCase("    stacks: [sit, [prod]]\n", "test-role.yaml:6: 'stacks' of s3:GetObject has an entry that is not a stack name", "stacks: [sit, prod]", TestName = "Throws when a stacks entry is not a name")]
    [TestCase("    stacks: [sit, uat]\n", "test-role.yaml:6: 'stacks' of s3:GetObject names the unknown stack 'uat'", "use only dev, sit, prod", TestName = "Throws when stacks names a stack the project does not declare")]
    [TestCase("    stacks: [sit, sit]\n", "test-role.yaml:6: 'stacks' of s3:GetObject names sit twice", "name each stack once", TestName = "Throws when stacks names a stack twice")]
    public void ThrowsWithFileLineAndFix(string field, string expectedProblem, string expectedFix)
    {
        var path = folder.Write("test-role.yaml", Header + "grants:\n  - action: s3:GetObject\n    resource: \"*\"\n" + field + "    evidence: \"a design reason\"\n");

        var error = Assert.Throws<InfraException>(() => EvidenceLedger.Load(path, KnownStacks))!;

        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput), "a malformed ledger is bad input");
        Assert.That(error.Message, Does.Contain(expectedProblem).And.Contain(expectedFix), "the message must name the file, the line, the problem and the fix");
    }

    [Test]
    public void ALedgerOfARepositoryIsCheckedAgainstTheStacksItsProjectDeclares()
    {
        folder.Write("Pulumi.yaml", File.ReadAllText(RepositoryFiles.Path("Pulumi.yaml")));
        var path = folder.Write("infra/Ledgers/test-role.yaml", Header + "grants:\n  - action: s3:GetObject\n    resource: \"*\"\n    stacks: [uat]\n    evidence: \"a design reason\"\n");

        var error = Assert.Throws<InfraException>(() => EvidenceLedger.Load(path))!;

        Assert.That(error.Message, Does.Contain("names the unknown stack 'uat'").And.Contain("use only dev, sit, prod"), "a ledger under infra/Ledgers knows the stacks of the Pulumi.yaml beside it");
    }

    [Test]
    public void AppendWritesTheStacksOfAScopedGrant()
    {
        var path = folder.Write("test-role.yaml", Header + "grants: []\n");
        var grant = new LedgerGrant("s3:GetObject", "arn:aws:s3:::b-${stack}/plans/${stack}/*", "the apply job reads its saved plan", new DateOnly(2026, 12, 5), Stacks: ["sit", "prod"]);

        EvidenceLedger.Load(path, KnownStacks).Append(grant);

        Assert.That(File.ReadAllText(path), Does.Contain("    resource: \"arn:aws:s3:::b-${stack}/plans/${stack}/*\"\n    stacks: [sit, prod]\n"), "the field is written below the resource, as a flow list");
        Assert.That(EvidenceLedger.Load(path, KnownStacks).Grants.Single().Stacks, Is.EqualTo(new[] { "sit", "prod" }), "the appended grant must keep its stacks, or it would reach every stack");
    }

    [Test]
    public void RewritingTheCallsOfAScopedGrantKeepsItsStacks()
    {
        var path = folder.Write("test-role.yaml", Header + """
            grants:
              - action: s3:GetObject
                resource: "arn:aws:s3:::b-${stack}/plans/${stack}/*"
                stacks: [sit, prod]
                required:
                  - by: "driver (artifacts)"
                    from: "old source"
                date: 2026-12-05
            """);
        var ledger = EvidenceLedger.Load(path, KnownStacks);

        var updated = ledger.Rewrite(
            new Dictionary<int, IReadOnlyList<GrantRequirer>> { [ledger.Grants[0].Line] = [new GrantRequirer("driver (artifacts)", "new source")] },
            new HashSet<int>(),
            []);

        Assert.That(updated.Grants.Single().Stacks, Is.EqualTo(new[] { "sit", "prod" }), "sync replaces the calls of a grant, never its stacks");
        Assert.That(updated.Grants.Single().Required!.Single().From, Is.EqualTo("new source"));
    }
}
