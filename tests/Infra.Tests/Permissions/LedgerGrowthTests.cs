using Infra.Configuration;
using Infra.Permissions;
using Infra.Rules;

namespace Infra.Tests.Permissions;

public class LedgerGrowthTests
{
    private const string Deploy = "arn:aws:sts::536580886816:assumed-role/2-1-bbws-github-deploy-dev/GitHubActions";
    private const string Function = "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev";
    private static readonly DateOnly Today = new(2026, 1, 5);

    private TempFolder repository = null!;
    private ProjectConfig config = null!;
    private IamCatalog catalog = null!;

    [SetUp]
    public void SetUp()
    {
        repository = new TempFolder();
        foreach (var file in new[] { "Pulumi.yaml", "Pulumi.dev.yaml", "Pulumi.sit.yaml", "Pulumi.prod.yaml" })
        {
            repository.Write(file, File.ReadAllText(RepositoryFiles.Path(file)));
        }

        EvidenceLedger.Create(LedgerPath, "github-deploy", "the deploy role");
        config = ProjectConfig.Load(repository.Path);
        catalog = IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath));
    }

    [TearDown]
    public void TearDown() => repository.Dispose();

    private string LedgerPath => EvidenceLedger.PathFor(repository.Path, "github-deploy");

    [Test]
    public void ReproducesThePlaybooksV6ToV8HistoryFromItsFourErrors()
    {
        var seeded = EvidenceLedger.Load(RepositoryFiles.Path("infra/Ledgers/github-deploy.yaml"));
        var learned = seeded.Grants.Where(g => g.Evidence.Contains("is not authorized to perform", StringComparison.Ordinal)).ToList();
        Assert.That(learned, Has.Count.EqualTo(4), "the seeded ledger carries the four errors of v6-v8");

        foreach (var grant in learned)
        {
            LedgerGrowth.Add(repository.Path, config, "github-deploy", grant.Evidence, Today, null, catalog);
        }

        var grown = EvidenceLedger.Load(LedgerPath);
        Assert.That(grown.Grants.Select(g => (g.Action, g.Resource)), Is.EqualTo(learned.Select(g => (g.Action, g.Resource))),
            "feeding the errors to add must give the same actions on the same resources as the seeded history");
        Assert.That(grown.Grants.Select(g => g.Date), Is.All.EqualTo(Today));
        Assert.That(new IamEvidenceRule().FindGrantsWithoutEvidence(grown), Is.Empty);
    }

    [Test]
    public void AddsAMissingGrantWithPlaceholdersEvidenceAndSource()
    {
        var text = $"User: {Deploy} is not authorized to perform: lambda:GetPolicy on resource: {Function} because no identity-based policy allows the lambda:GetPolicy action";

        var added = LedgerGrowth.Add(repository.Path, config, "github-deploy", text, Today, "https://github.com/bigbeard/bbws/actions/runs/42", catalog).Single();

        Assert.That(added.Added, Is.True);
        var grant = EvidenceLedger.Load(LedgerPath).Grants.Single();
        Assert.That(grant.Resource, Is.EqualTo("arn:aws:lambda:${region}:${account}:function:2-1-bbws-product-api-${stack}"), "account, region and stack must become placeholders");
        Assert.That(grant.Evidence, Is.EqualTo(text));
        Assert.That(grant.Source, Is.EqualTo("https://github.com/bigbeard/bbws/actions/runs/42"));
    }

    [Test]
    public void MapsTheProdRoleToTheSameLedger()
    {
        var text = "User: arn:aws:sts::093646564004:assumed-role/2-1-bbws-github-deploy-prod/GitHubActions is not authorized to perform: lambda:GetPolicy on resource: arn:aws:lambda:af-south-1:093646564004:function:2-1-bbws-product-api-prod";

        LedgerGrowth.Add(repository.Path, config, "github-deploy", text, Today, null, catalog);

        Assert.That(EvidenceLedger.Load(LedgerPath).Grants.Single().Resource, Is.EqualTo("arn:aws:lambda:${region}:${account}:function:2-1-bbws-product-api-${stack}"));
    }

    [Test]
    public void UsesTheCatalogsSpellingAndStarForActionsWithoutResourceLevelPermissions()
    {
        var text = $"User: {Deploy} is not authorized to perform: LOGS:describeloggroups on resource: arn:aws:logs:eu-west-1:536580886816:log-group::log-stream:";

        LedgerGrowth.Add(repository.Path, config, "github-deploy", text, Today, null, catalog);

        var grant = EvidenceLedger.Load(LedgerPath).Grants.Single();
        Assert.That((grant.Action, grant.Resource), Is.EqualTo(("logs:DescribeLogGroups", "*")));
    }

    [Test]
    public void DoesNotAddTheSameGrantTwice()
    {
        var text = $"User: {Deploy} is not authorized to perform: lambda:GetPolicy on resource: {Function}";
        LedgerGrowth.Add(repository.Path, config, "github-deploy", text, Today, null, catalog);
        var before = File.ReadAllText(LedgerPath);

        var second = LedgerGrowth.Add(repository.Path, config, "github-deploy", text, Today.AddDays(1), null, catalog).Single();

        Assert.That(second.Added, Is.False);
        Assert.That(File.ReadAllText(LedgerPath), Is.EqualTo(before), "a duplicate must leave the ledger untouched");
    }

    public static IEnumerable<TestCaseData> Refusals()
    {
        static TestCaseData Case(string name, string text, string expected) => new TestCaseData(text, expected).SetName("Refuses " + name);

        yield return Case("an explicit deny in a service control policy", $"User: {Deploy} is not authorized to perform: s3:DeleteBucket on resource: \"arn:aws:s3:::x\" with an explicit deny in a service control policy", "service control policy");
        yield return Case("an explicit deny in a permissions boundary", $"User: {Deploy} is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::536580886816:role/x with an explicit deny in a permissions boundary", "permissions boundary");
        yield return Case("a session policy", $"User: {Deploy} is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:eu-west-1:536580886816:q because no session policy allows the sqs:SendMessage action", "session policy");
        yield return Case("an explicit deny in an identity-based policy", $"User: {Deploy} is not authorized to perform: lambda:DeleteFunction on resource: {Function} with an explicit deny in an identity-based policy", "no grant overrides an explicit deny");
        yield return Case("a resource policy", $"User: {Deploy} is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::b/k\" with an explicit deny in a resource-based policy", "resource's own policy");
        yield return Case("a KMS key policy", $"User: {Deploy} is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:536580886816:key/1f2e because no resource-based policy allows the kms:Decrypt action", "KMS key policy");
        yield return Case("an OIDC trust failure", "Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity", "trust policy");
        yield return Case("an opaque Access Denied", "operation error S3: GetObject, https response error StatusCode: 403, RequestID: X, HostID: Y, api error AccessDenied: Access Denied", "CloudTrail");
        yield return Case("an encoded authorization message", "An error occurred (UnauthorizedOperation) when calling the DescribeVpcs operation: You are not authorized to perform this operation. Encoded authorization failure message: AbC-123", "aws sts decode-authorization-message --encoded-message AbC-123");
        yield return Case("another logical role", $"User: arn:aws:sts::536580886816:assumed-role/2-1-bbws-order-processor-dev/x is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::b/k\"", "--role order-processor");
        yield return Case("a role of another project", "User: arn:aws:sts::536580886816:assumed-role/OrganizationAccountAccessRole/x is not authorized to perform: s3:GetObject on resource: *", "not one of this project's roles");
        yield return Case("an IAM user", "User: arn:aws:iam::536580886816:user/ci-deployer is not authorized to perform: s3:GetObject on resource: *", "is not a role");
        yield return Case("the role name in another stack's account", "User: arn:aws:sts::815856636111:assumed-role/2-1-bbws-github-deploy-dev/GitHubActions is not authorized to perform: s3:GetObject on resource: *", "puts stack 'dev' in account 536580886816");
        yield return Case("an error that names no principal", "User is not authorized to perform: lambda:GetPolicy", "names no principal");
        yield return Case("an action missing from the catalog", $"User: {Deploy} is not authorized to perform: lambda:GetFuntion on resource: {Function}", "did you mean 'lambda:GetFunction'");
    }

    [TestCaseSource(nameof(Refusals))]
    public void RefusesWhenTheFixIsNotAGrantOnThisRole(string text, string expected)
    {
        var before = File.ReadAllText(LedgerPath);

        var error = Assert.Throws<InfraException>(() => LedgerGrowth.Add(repository.Path, config, "github-deploy", text, Today, null, catalog))!;

        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.CheckFailed), "a refusal is a check that found a problem");
        Assert.That(error.Message, Does.Contain(expected).And.Contain("was not changed"), "the refusal must say where the fix belongs");
        Assert.That(File.ReadAllText(LedgerPath), Is.EqualTo(before), "a refusal must leave the ledger untouched");
    }

    [Test]
    public void RefusesEveryDenialWhenOneOfALogsDenialsIsRefused()
    {
        var log = $"User: {Deploy} is not authorized to perform: lambda:GetPolicy on resource: {Function}\n"
            + $"User: {Deploy} is not authorized to perform: s3:DeleteBucket on resource: \"arn:aws:s3:::x\" with an explicit deny in a service control policy\n";

        Assert.Throws<InfraException>(() => LedgerGrowth.Add(repository.Path, config, "github-deploy", log, Today, null, catalog));

        Assert.That(EvidenceLedger.Load(LedgerPath).Grants, Is.Empty, "no grant may be written while another denial of the same log is refused");
    }

    [TestCase("Error: Error acquiring the state lock: ConditionalCheckFailedException: The conditional request failed", TestName = "Rejects text without a denial")]
    [TestCase("AccessDeniedException: Cross-account pass role is not allowed.", TestName = "Rejects an authorization error it cannot read")]
    public void RejectsTextWithoutARecognisableDenial(string text)
    {
        var error = Assert.Throws<InfraException>(() => LedgerGrowth.Add(repository.Path, config, "github-deploy", text, Today, null, catalog))!;

        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error.Message, Does.Contain("no AWS authorization failure could be read"));
    }

    [Test]
    public void RejectsAnUnknownRoleWithASuggestion()
    {
        var error = Assert.Throws<InfraException>(() => LedgerGrowth.Add(repository.Path, config, "github-deploi", $"User: {Deploy} is not authorized to perform: lambda:GetPolicy on resource: {Function}", Today, null, catalog))!;

        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(error.Message, Does.Contain("no evidence ledger for role 'github-deploi'").And.Contain("did you mean 'github-deploy'"));
    }

    [Test]
    public void RejectsAMalformedLedgerAndLeavesItUntouched()
    {
        File.WriteAllText(LedgerPath, "role: github-deploy\ngrants:\n  - action: [\n");

        var error = Assert.Throws<InfraException>(() => LedgerGrowth.Add(repository.Path, config, "github-deploy", $"User: {Deploy} is not authorized to perform: lambda:GetPolicy on resource: {Function}", Today, null, catalog))!;

        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(File.ReadAllText(LedgerPath), Is.EqualTo("role: github-deploy\ngrants:\n  - action: [\n"));
    }
}
