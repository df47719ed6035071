using Infra.Permissions;
using Infra.Rules;
using Infra.Tests.Permissions;

namespace Infra.Tests.Rules;

public class IamEvidenceLedgerTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void SetUp() => folder = new TempFolder();

    [TearDown]
    public void TearDown() => folder.Dispose();

    [Test]
    public void GrantsWithEvidenceAndDateAreCompliant()
    {
        var ledger = Ledger("  - action: s3:GetObject\n    resource: \"*\"\n    evidence: \"User: x is not authorized to perform: s3:GetObject\"\n    date: 2025-12-29\n");

        Assert.That(new IamEvidenceRule().FindGrantsWithoutEvidence(ledger), Is.Empty);
    }

    [Test]
    public void ARequiredGrantWithItsCallsAndDateIsCompliant()
    {
        var ledger = Ledger("  - action: s3:GetObject\n    resource: \"*\"\n    required:\n      - by: \"aws_s3_bucket.b (refresh)\"\n        from: \"infra/IamRequirements/aws/aws_s3_bucket.yaml: refresh s3:GetObject\"\n    date: 2026-12-04\n");

        Assert.That(new IamEvidenceRule().FindGrantsWithoutEvidence(ledger), Is.Empty, "a grant the stacks require is justified by the calls it lists");
    }

    [TestCase("    evidence: \"\"\n    date: 2025-12-29\n", "has no evidence", TestName = "Finds a grant with empty evidence")]
    [TestCase("    evidence: \"   \"\n    date: 2025-12-29\n", "has no evidence", TestName = "Finds a grant with blank evidence")]
    [TestCase("    date: 2025-12-29\n", "has no evidence", TestName = "Finds a grant without an evidence field")]
    [TestCase("    evidence: \"The backend reads the state object before every plan.\"\n", "has no date", TestName = "Finds a grant without a date")]
    [TestCase("    evidence: \"needed\"\n    date: 2025-12-29\n", "'needed' explains nothing", TestName = "Finds a grant whose evidence is only 'needed'")]
    [TestCase("    evidence: \"Required for access (permission needed)\"\n    date: 2025-12-29\n", "explains nothing", TestName = "Finds a grant whose evidence only says it is required")]
    [TestCase("    required:\n      - by: \"aws_s3_bucket.b (refresh)\"\n        from: \"infra/IamRequirements/aws/aws_s3_bucket.yaml: refresh s3:GetObject\"\n", "has no date", TestName = "Finds a required grant without a date")]
    public void FindsGrantsWithoutEvidence(string fields, string expected)
    {
        var ledger = Ledger("  - action: s3:GetObject\n    resource: \"*\"\n" + fields);

        var finding = new IamEvidenceRule().FindGrantsWithoutEvidence(ledger).Single();

        Assert.That(finding.Message, Does.StartWith("s3:GetObject: "));
        Assert.That(finding.Address, Does.EndWith("test-role.yaml:3"), "the finding must point at the entry's line");
        Assert.That(finding.ToString(), Does.Contain("test-role.yaml:3").And.Contain(expected));
    }

    private EvidenceLedger Ledger(string entries) =>
        EvidenceLedger.Load(folder.Write("test-role.yaml", "role: test-role\ngrants:\n" + entries));
}
