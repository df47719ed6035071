using Infra.Permissions;
using Infra.Rules;

namespace Infra.Tests.Permissions;

public class EvidenceLedgerTests
{
    private const string Header = "# Evidence ledger of the test role.\nrole: test-role\n";

    private TempFolder folder = null!;

    [SetUp]
    public void SetUp() => folder = new TempFolder();

    [TearDown]
    public void TearDown() => folder.Dispose();

    [Test]
    public void LoadsTheDeployLedgerWithThePlaybookHistoryInOrder()
    {
        var ledger = EvidenceLedger.Load(RepositoryFiles.Path("infra/Ledgers/github-deploy.yaml"));

        Assert.That(ledger.Role, Is.EqualTo("github-deploy"));
        // The observed history; the grants derived from the resource graph follow it, each with required evidence.
        var history = ledger.Grants.Where(g => !g.IsRequired).Select(g => g.Action)
            .Where(a => a.StartsWith("lambda:", StringComparison.Ordinal) || a.StartsWith("logs:", StringComparison.Ordinal));
        Assert.That(history, Is.EqualTo(new[]
        {
            "lambda:CreateFunction", "lambda:UpdateFunctionCode", "lambda:GetPolicy", "logs:DescribeLogGroups",
            "lambda:GetFunctionCodeSigningConfig", "logs:ListTagsForResource",
        }), "the deploy ledger must carry the v5-v8 history in the order it was learned");
        Assert.That(new IamEvidenceRule().FindGrantsWithoutEvidence(ledger), Is.Empty, "every seeded grant needs evidence and a date");
    }

    [Test]
    public void DeployLedgerGrantsTerraformStateAndLock()
    {
        var ledger = EvidenceLedger.Load(RepositoryFiles.Path("infra/Ledgers/github-deploy.yaml"));
        var actions = ledger.Grants.Select(g => g.Action).ToHashSet();

        Assert.That(actions, Is.SupersetOf(new[] { "s3:ListBucket", "s3:GetObject", "s3:PutObject", "s3:DeleteObject", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem" }),
            "the deploy role cannot run terraform apply without its state and lock grants");
        Assert.That(ledger.Grants.Where(g => g.Resource.EndsWith(".tflock", StringComparison.Ordinal)).Select(g => g.Action), Is.EquivalentTo(new[] { "s3:GetObject", "s3:PutObject", "s3:DeleteObject" }),
            "use_lockfile needs get, put and delete on the .tflock object");
    }

    [Test]
    public void PlanLedgerNeitherWritesStateNorLocks()
    {
        var ledger = EvidenceLedger.Load(RepositoryFiles.Path("infra/Ledgers/github-plan.yaml"));

        Assert.That(ledger.Role, Is.EqualTo("github-plan"));
        // Judged as IAM-COVERAGE judges it: the catalog's access level plus the reasoned exceptions (kms:Decrypt reads).
        var readOnly = new ReadOnlyActions(IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath)), []);
        var writes = ledger.Grants.Where(g => readOnly.WhyNotReadOnly(g.Action, g.Resource) is not null);
        Assert.That(writes.Select(g => g.Action), Is.Empty, "the pull-request plan role must be read-only");
        Assert.That(ledger.Grants.Where(g => g.Resource.Contains("tflock", StringComparison.Ordinal)), Is.Empty, "plans run with -lock=false: no lock grants");
    }

    [Test]
    public void ALedgerEditedBetweenTwoLoadsIsReadAgain()
    {
        const string Grant = """
            grants:
              - action: lambda:GetPolicy
                resource: "*"
                evidence: "the deploy driver reads the function's resource policy"
                date: 2025-12-29
            """;
        var path = folder.Write("test-role.yaml", Header + Grant);
        var first = EvidenceLedger.Load(path);
        var again = EvidenceLedger.Load(path);
        folder.Write("test-role.yaml", Header + Grant.Replace("lambda:GetPolicy", "lambda:GetFunction", StringComparison.Ordinal));
        var edited = EvidenceLedger.Load(path);

        Assert.That(again, Is.SameAs(first), "an unchanged ledger is parsed once, however many stacks read it");
        Assert.That(edited.Grants.Single().Action, Is.EqualTo("lambda:GetFunction"), "a ledger edited since it was parsed must be read again, not served from the parse of its old text");
    }

    [Test]
    public void TheSameLedgerReadUnderOtherStacksIsCheckedAgainstThem()
    {
        var path = folder.Write("test-role.yaml", Header + """
            grants:
              - action: lambda:GetPolicy
                resource: "*"
                evidence: "the deploy driver reads the function's resource policy"
                date: 2025-12-29
                stacks: [prod]
            """);
        EvidenceLedger.Load(path, ["dev", "prod"]);

        var error = Assert.Throws<InfraException>(() => EvidenceLedger.Load(path, ["dev", "sit"]))!;

        Assert.That(error.Message, Does.Contain("prod"), "a parse for other stacks must not be reused: 'prod' is not one of them");
    }

    [Test]
    public void ResolveReplacesThePlaceholdersWithTheStacksValues()
    {
        var path = folder.Write("test-role.yaml", Header + """
            grants:
              - action: lambda:GetPolicy
                resource: "arn:${partition}:lambda:${region}:${account}:function:2-1-bbws-product-api-${stack}"
                evidence: "needed"
                date: 2025-12-29
            """);

        var grant = EvidenceLedger.Load(path).Resolve("093646564004", "af-south-1", "prod").Single();

        Assert.That(grant.Resource, Is.EqualTo("arn:aws:lambda:af-south-1:093646564004:function:2-1-bbws-product-api-prod"));
    }

    [Test]
    public void AGrantNamingTheLowerStackResolvesWhereThereIsOneAndIsDroppedInTheFirstStack()
    {
        var path = folder.Write("test-role.yaml", Header + """
            grants:
              - action: s3:GetObject
                resource: "arn:aws:s3:::2-1-bbws-artifacts-${lower-stack}-${lower-account}/bundles/*"
                evidence: "a promotion reads the bundle from the bucket below"
                date: 2026-12-05
              - action: s3:GetObject
                resource: "arn:aws:s3:::2-1-bbws-artifacts-${stack}-${account}/bundles/*"
                evidence: "own bucket"
                date: 2026-12-05
            """);
        var ledger = EvidenceLedger.Load(path);

        var sit = ledger.Resolve("815856636111", "eu-west-1", "sit", new StackLocation("dev", "536580886816", "eu-west-1"));
        var dev = ledger.Resolve("536580886816", "eu-west-1", "dev", null);

        Assert.Multiple(() =>
        {
            Assert.That(sit.Select(g => g.Resource), Is.EqualTo(new[] { "arn:aws:s3:::2-1-bbws-artifacts-dev-536580886816/bundles/*", "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/bundles/*" }), "in sit the lower grant names dev's bucket");
            Assert.That(dev.Select(g => g.Resource), Is.EqualTo(new[] { "arn:aws:s3:::2-1-bbws-artifacts-dev-536580886816/bundles/*" }), "dev is promoted from no stack: the lower grant is dropped, the own grant stays");
            Assert.That(ledger.Resolve("536580886816", "eu-west-1", "dev").Count, Is.EqualTo(1), "resolving without a lower stack drops the lower grant too");
        });
    }

    [Test]
    public void ReadsEveryFieldOfAGrant()
    {
        var path = folder.Write("test-role.yaml", Header + """
            grants:
              - action: logs:DescribeLogGroups
                resource: "*"
                evidence: "User: x is not authorized"
                date: 2025-12-29
                source: https://github.com/bigbeard/bbws/actions/runs/123
            """);

        var grant = EvidenceLedger.Load(path).Grants.Single();

        Assert.Multiple(() =>
        {
            Assert.That(grant.Action, Is.EqualTo("logs:DescribeLogGroups"));
            Assert.That(grant.Resource, Is.EqualTo("*"));
            Assert.That(grant.Evidence, Is.EqualTo("User: x is not authorized"));
            Assert.That(grant.Date, Is.EqualTo(new DateOnly(2025, 12, 29)));
            Assert.That(grant.Source, Is.EqualTo("https://github.com/bigbeard/bbws/actions/runs/123"));
            Assert.That(grant.Line, Is.EqualTo(4), "the line lets rules point at the entry");
        });
    }

    [Test]
    public void ReadsThePassedToServiceOfAPassRoleGrant()
    {
        var path = folder.Write("test-role.yaml", Header + """
            grants:
              - action: iam:PassRole
                resource: "arn:aws:iam::${account}:role/2-1-bbws-*-${stack}"
                evidence: "Required: the functions' execution roles"
                date: 2025-12-29
                passed-to-service: lambda.amazonaws.com
            """);

        var grant = EvidenceLedger.Load(path).Grants.Single();

        Assert.That(grant.PassedToService, Is.EqualTo("lambda.amazonaws.com"), "passed-to-service must reach the grant, or the policy loses its iam:PassedToService condition");
    }

    [Test]
    public void AGrantWithoutPassedToServiceHasNone()
    {
        var path = folder.Write("test-role.yaml", Header + "grants:\n  - action: iam:PassRole\n    resource: \"*\"\n");

        Assert.That(EvidenceLedger.Load(path).Grants.Single().PassedToService, Is.Null, "a PassRole grant without the field must not invent a service");
    }

    [TestCase("role: test-role\ngrants:\n  - action: lambda:GetPolicy\n    resource: \"*\"\n  - action: lambda:CreateFunction\n    resource: \"*\"\n    passed-to-service: lambda.amazonaws.com\n", "test-role.yaml:5: 'passed-to-service' is set on lambda:CreateFunction", "set it only on iam:PassRole", TestName = "Throws when passed-to-service is set on an action other than iam:PassRole")]
    [TestCase("role: test-role\ngrants:\n  - action: iam:PassRole\n    resource: \"*\"\n    passed-to-service: lambda\n", "test-role.yaml:3: 'passed-to-service' is 'lambda', not a service principal", "lambda.amazonaws.com", TestName = "Throws when passed-to-service is a bare service name")]
    [TestCase("role: test-role\ngrants:\n  - action: iam:PassRole\n    resource: \"*\"\n    passed-to-service: \"*\"\n", "test-role.yaml:3: 'passed-to-service' is '*', not a service principal", "lambda.amazonaws.com", TestName = "Throws when passed-to-service is a wildcard")]
    [TestCase("role: test-role\ngrants:\n  - action: iam:PassRole\n    resource: \"*\"\n    passed-to-service: evil.com\n", "'passed-to-service' is 'evil.com', not a service principal", "lambda.amazonaws.com", TestName = "Throws when passed-to-service is a domain that is not AWS")]
    [TestCase("role: test-role\ngrants:\n  - action: lambda:GetPolicy\n    resource: \"arn:aws:lambda:eu-west-1:536580886816:function:f\"\n    evidence: e\n", "test-role.yaml:3", "${account}", TestName = "Throws when a resource names a literal account id")]
    [TestCase("role: test-role\ngrants:\n  - action: lambda:GetPolicy\n    resourse: \"*\"\n", "resourse", "did you mean 'resource'", TestName = "Throws when a grant has a misspelt field")]
    [TestCase("role: test-role\ngrants:\n  - action: lambda:GetPolicy\n    resource: \"*\"\n    date: 29/12/2025\n", "'date'", "YYYY-MM-DD", TestName = "Throws when a date is not ISO")]
    [TestCase("role: other\ngrants: []\n", "'role' is 'other'", "rename the file", TestName = "Throws when the role does not match the file name")]
    [TestCase("grants: []\n", "'role' is missing", "role: test-role", TestName = "Throws when the role is missing")]
    [TestCase("role: test-role\ngrants:\n  - action: GetPolicy\n    resource: \"*\"\n", "'action'", "service:Action", TestName = "Throws when an action has no service prefix")]
    [TestCase("role: test-role\ngrants:\n  - action: lambda:GetPolicy\n", "'resource' is missing", "placeholders", TestName = "Throws when a grant has no resource")]
    [TestCase("role: test-role\ngrants:\n  - action: lambda:GetPolicy\n    resource: \"arn:aws:lambda:${region}:${acount}:function:f\"\n", "${acount}", "${account}", TestName = "Throws when a resource uses an unknown placeholder")]
    [TestCase("role: test-role\ngrants:\n  - action: s3:GetObject\n    resource: \"*\"\n  - action: S3:GetObject\n    resource: \"*\"\n", "a second time (first at line 3)", "delete one", TestName = "Throws when a grant is repeated")]
    [TestCase("role: test-role\ngrants:\n  - action: [lambda:GetPolicy\n", "malformed YAML", "test-role.yaml:", TestName = "Throws when the YAML is malformed")]
    [TestCase("role: test-role\ngrants: lambda:GetPolicy\n", "'grants' is not a list", "- action", TestName = "Throws when grants is not a list")]
    [TestCase("role: test-role\ngrants:\n  - action: s3:GetObject\n    resource: \"*\"\n    required:\n      - from: \"infra/IamRequirements/aws/aws_s3_bucket.yaml: refresh s3:GetObject\"\n    date: 2026-12-04\n", "test-role.yaml:6: 'by' is missing", "permissions sync", TestName = "Throws when a required entry names no requirer")]
    [TestCase("role: test-role\ngrants:\n  - action: s3:GetObject\n    resource: \"*\"\n    required:\n      - by: \"aws_s3_bucket.b (refresh)\"\n    date: 2026-12-04\n", "test-role.yaml:6: 'from' is missing", "requirement table entry", TestName = "Throws when a required entry names no table entry")]
    [TestCase("role: test-role\ngrants:\n  - action: s3:GetObject\n    resource: \"*\"\n    required: \"aws_s3_bucket.b\"\n", "test-role.yaml:5: 'required' of s3:GetObject is not a list", "- by:", TestName = "Throws when required is not a list")]
    [TestCase("role: test-role\ngrants:\n  - action: s3:GetObject\n    resource: \"*\"\n    required: []\n", "'required' of s3:GetObject lists no call", "delete the field", TestName = "Throws when required is an empty list")]
    [TestCase("role: test-role\ngrants:\n  - action: s3:GetObject\n    resource: \"*\"\n    required:\n      - by: \"aws_s3_bucket.b (refresh)\"\n        form: \"x\"\n", "'form' is not a ledger field", "did you mean 'from'", TestName = "Throws when a required entry has a misspelt field")]
    public void ThrowsWithFileFieldAndFix(string text, string expectedProblem, string expectedFix)
    {
        var path = folder.Write("test-role.yaml", text);

        var error = Assert.Throws<InfraException>(() => EvidenceLedger.Load(path))!;

        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput), "a malformed ledger is bad input");
        Assert.That(error.Message, Does.Contain("test-role.yaml").And.Contain(expectedProblem).And.Contain(expectedFix), "the message must name the file, the problem and the fix");
    }

    [Test]
    public void ThrowsWhenTheLedgerFileDoesNotExist()
    {
        var error = Assert.Throws<InfraException>(() => EvidenceLedger.Load(System.IO.Path.Combine(folder.Path, "nobody.yaml")))!;

        Assert.That(error.Message, Does.Contain("no evidence ledger for role 'nobody'"));
    }

    [Test]
    public void AppendKeepsCommentsOrderAndAddsTheEntryAtTheEndOfTheList()
    {
        var original = Header + """
            grants:
              # first grant
              - action: s3:GetObject
                resource: "*"   # inline comment
                evidence: "e1"
                date: 2025-12-29
              # trailing comment of the list
            # a comment at the end of the file

            """;
        var path = folder.Write("test-role.yaml", original);
        var grant = new LedgerGrant("lambda:GetPolicy", "arn:aws:lambda:${region}:${account}:function:f-${stack}", "User: \"quoted\" is not authorized\nsecond line", new DateOnly(2026, 1, 2), "https://example.invalid/run/1");

        var updated = EvidenceLedger.Load(path).Append(grant);

        var text = File.ReadAllText(path);
        Assert.That(text, Does.StartWith(Header + "grants:\n  # first grant\n  - action: s3:GetObject\n    resource: \"*\"   # inline comment\n"), "existing lines and comments must stay as they were");
        Assert.That(text, Does.EndWith("  # trailing comment of the list\n# a comment at the end of the file\n"), "comments after the list must stay after it");
        Assert.That(updated.Grants.Select(g => g.Action), Is.EqualTo(new[] { "s3:GetObject", "lambda:GetPolicy" }));
        Assert.That(updated.Grants[1] with { Line = 0 }, Is.EqualTo(grant), "the appended entry must read back exactly, quotes and newlines included");
    }

    [Test]
    public void AppendToAnEmptyFlowListTurnsItIntoABlockList()
    {
        var path = folder.Write("test-role.yaml", Header + "grants: []\n");

        EvidenceLedger.Load(path).Append(new LedgerGrant("logs:DescribeLogGroups", "*", "reason", new DateOnly(2025, 12, 29)));

        Assert.That(File.ReadAllText(path), Is.EqualTo(Header + "grants:\n  - action: logs:DescribeLogGroups\n    resource: \"*\"\n    evidence: \"reason\"\n    date: 2025-12-29\n"));
    }

    [Test]
    public void AppendFollowsTheIndentationOfTheExistingList()
    {
        var path = folder.Write("test-role.yaml", Header + "grants:\n- action: s3:GetObject\n  resource: \"*\"\n  evidence: e\n  date: 2025-12-29\n");

        var updated = EvidenceLedger.Load(path).Append(new LedgerGrant("s3:PutObject", "*", "e2", new DateOnly(2025, 12, 30)));

        Assert.That(updated.Grants, Has.Count.EqualTo(2));
        Assert.That(File.ReadAllText(path), Does.Contain("\n- action: s3:PutObject\n  resource:"), "a list written at column 0 gets its new entry at column 0");
    }

    [Test]
    public void AppendDoesNotAddTheSameGrantTwice()
    {
        var path = folder.Write("test-role.yaml", Header + "grants:\n  - action: lambda:GetPolicy\n    resource: \"*\"\n    evidence: e\n    date: 2025-12-29\n");
        var before = File.ReadAllText(path);

        var updated = EvidenceLedger.Load(path).Append(new LedgerGrant("LAMBDA:GetPolicy", "*", "other evidence", new DateOnly(2026, 1, 1)));

        Assert.That(updated.Grants, Has.Count.EqualTo(1), "a grant already in the ledger must not be added again");
        Assert.That(File.ReadAllText(path), Is.EqualTo(before), "the file must be untouched");
    }

    [Test]
    public void PassRoleGrantsToDifferentServicesAreNotTheSameGrant()
    {
        var toLambda = new LedgerGrant("iam:PassRole", "arn:aws:iam::${account}:role/r", "e", null, PassedToService: "lambda.amazonaws.com");
        var toStates = toLambda with { PassedToService = "states.amazonaws.com" };
        var unconditioned = toLambda with { PassedToService = null };

        Assert.Multiple(() =>
        {
            Assert.That(toLambda.SameGrantAs(toStates), Is.False, "passing a role to Lambda must not stand for passing it to Step Functions");
            Assert.That(toLambda.SameGrantAs(unconditioned), Is.False, "a conditioned grant must not stand for an unconditioned one");
            Assert.That(toLambda.SameGrantAs(toLambda with { Action = "IAM:passrole", Evidence = "other" }), Is.True, "the same action, resource and service are the same grant whatever the evidence");
        });
    }

    [Test]
    public void ALedgerMayPassTheSameRoleToTwoServices()
    {
        var path = folder.Write("test-role.yaml", Header + """
            grants:
              - action: iam:PassRole
                resource: "*"
                passed-to-service: lambda.amazonaws.com
              - action: iam:PassRole
                resource: "*"
                passed-to-service: states.amazonaws.com
            """);

        var services = EvidenceLedger.Load(path).Grants.Select(g => g.PassedToService);

        Assert.That(services, Is.EqualTo(new[] { "lambda.amazonaws.com", "states.amazonaws.com" }), "two services are two grants, not a repeated one");
    }

    [Test]
    public void AppendWritesThePassedToServiceOfAPassRoleGrant()
    {
        var path = folder.Write("test-role.yaml", Header + "grants: []\n");
        var grant = new LedgerGrant("iam:PassRole", "arn:aws:iam::${account}:role/fn-${stack}", "the function's execution role", new DateOnly(2026, 12, 4), PassedToService: "lambda.amazonaws.com");

        EvidenceLedger.Load(path).Append(grant);

        var written = EvidenceLedger.Load(path).Grants.Single();
        Assert.That(written.SameGrantAs(grant), Is.True, "the appended grant must keep its passed-to-service, or the role could be passed to any service");
        Assert.That(File.ReadAllText(path), Does.Contain("    passed-to-service: lambda.amazonaws.com\n"), "the field is written as people write it, below the resource");
    }

    [Test]
    public void AppendLeavesAMalformedLedgerUntouched()
    {
        var path = folder.Write("test-role.yaml", Header + "grants:\n  - action: lambda:GetPolicy\n    resource: \"*\"\n");
        var ledger = EvidenceLedger.Load(path);
        var broken = Header + "grants:\n  - action: [\n";
        File.WriteAllText(path, broken);

        Assert.Throws<InfraException>(() => ledger.Append(new LedgerGrant("s3:GetObject", "*", "e", new DateOnly(2025, 12, 29))));

        Assert.That(File.ReadAllText(path), Is.EqualTo(broken), "a failed append must not change the file");
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1), "no temporary file may be left behind");
    }

    [Test]
    public void CreateWritesAnEmptyLedgerThatLoads()
    {
        var path = System.IO.Path.Combine(folder.Path, "new-role.yaml");

        EvidenceLedger.Create(path, "new-role", "the new role");

        var ledger = EvidenceLedger.Load(path);
        Assert.That(ledger.Role, Is.EqualTo("new-role"));
        Assert.That(ledger.Grants, Is.Empty);
    }

    [Test]
    public void LoadAllReadsEveryLedgerOfTheRepositorySortedByRole()
    {
        var ledgers = EvidenceLedger.LoadAll(RepositoryFiles.Path(EvidenceLedger.Folder));

        Assert.That(ledgers.Select(l => l.Role), Is.EqualTo(new[] { "github-deploy", "github-drift", "github-plan", "github-promote-plan" }));
    }
}
