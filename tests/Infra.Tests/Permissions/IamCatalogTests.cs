using Infra.Permissions;
using Infra.Rules;

namespace Infra.Tests.Permissions;

public class IamCatalogTests
{
    private static readonly Lazy<IamCatalog> Catalog = new(() => IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath)));

    [TestCase("lambda:GetPolicy")]
    [TestCase("LAMBDA:GetPolicy")]
    [TestCase("sqs:sendmessage")]
    [TestCase("SNS:Publish")]
    public void FindsActionsWhateverTheirCase(string action)
    {
        Assert.That(Catalog.Value.Exists(action), Is.True, $"{action} is an IAM action");
    }

    [Test]
    public void SuggestsTheActionATypoMeant()
    {
        Assert.That(Catalog.Value.Exists("lambda:GetFuntion"), Is.False);
        Assert.That(Catalog.Value.Suggest("lambda:GetFuntion"), Is.EqualTo("lambda:GetFunction"));
    }

    [Test]
    public void ExpandsAWildcardToTheActionsItGrants()
    {
        var expanded = Catalog.Value.Expand("lambda:Get*").Select(a => a.Action).ToList();

        Assert.That(expanded, Does.Contain("lambda:GetPolicy").And.Contain("lambda:GetFunctionCodeSigningConfig"));
        Assert.That(expanded, Has.All.StartsWith("lambda:Get"));
        Assert.That(expanded, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [TestCase("lambda:GetPolicy", true)]
    [TestCase("logs:DescribeLogGroups", false)]
    public void KnowsWhichActionsTakeResourceLevelPermissions(string action, bool expected)
    {
        Assert.That(Catalog.Value.SupportsResourceLevel(action), Is.EqualTo(expected));
    }

    [Test]
    public void EveryActionInTheRepositorysLedgersExists()
    {
        var grants = EvidenceLedger.LoadAll(RepositoryFiles.Path(EvidenceLedger.Folder)).SelectMany(IamGrants.GrantsOf);

        Assert.That(new IamCatalogRule().FindUnknownActions(Catalog.Value, grants).Select(f => f.ToString()), Is.Empty);
    }

    [Test]
    public void TheRepositorysLedgersAreLeastPrivilege()
    {
        var grants = EvidenceLedger.LoadAll(RepositoryFiles.Path(EvidenceLedger.Folder)).SelectMany(IamGrants.GrantsOf);

        Assert.That(new IamLeastPrivilegeRule().FindBroadGrants(Catalog.Value, grants).Select(f => f.ToString()), Is.Empty);
    }

    [Test]
    public void ACatalogListingAnActionTwiceIsRefusedNamingTheLine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("actions.tsv", "lambda:GetPolicy\tyes\tRead\nLAMBDA:GetPolicy\tyes\tRead\n");

        var refusal = Assert.Throws<Infra.Model.InfraException>(() => IamCatalog.Load(path), "a duplicate action must be an InfraException, not a crash");

        Assert.That(refusal!.Message, Does.Contain(":2: LAMBDA:GetPolicy is listed twice"));
    }

    [Test]
    public void CatalogCheckFlagsATypoWithDidYouMean()
    {
        var finding = new IamCatalogRule().FindUnknownActions(Catalog.Value, [new PolicyGrant("lambda:GetFuntion", "*", "test.yaml:3")]).Single();

        Assert.That(finding.RuleId, Is.EqualTo(IamCatalogRule.RuleId));
        Assert.That(finding.ToString(), Does.Contain("test.yaml:3").And.Contain("did you mean 'lambda:GetFunction'"));
    }

    [Test]
    public void LeastPrivilegeFlagsAWildcardActionWithWhatItGrants()
    {
        var finding = new IamLeastPrivilegeRule().FindBroadGrants(Catalog.Value, [new PolicyGrant("lambda:Get*", "*", "test.yaml:3")]).Single();

        Assert.That(finding.RuleId, Is.EqualTo(IamLeastPrivilegeRule.RuleId));
        Assert.That(finding.Message, Does.Contain("lambda:GetAlias").And.Contain("list only the actions the role needs"));
    }

    [Test]
    public void LeastPrivilegeFlagsStarWhereTheActionCanBeScopedAndSuggestsTheArn()
    {
        var finding = new IamLeastPrivilegeRule().FindBroadGrants(Catalog.Value, [new PolicyGrant("lambda:GetPolicy", "*", "test.yaml:3")]).Single();

        Assert.That(finding.Message, Does.Contain("arn:aws:lambda:${region}:${account}:function:<FunctionName>"));
    }

    [Test]
    public void LeastPrivilegeAcceptsStarForActionsWithoutResourceLevelPermissions()
    {
        Assert.That(new IamLeastPrivilegeRule().FindBroadGrants(Catalog.Value, [new PolicyGrant("logs:DescribeLogGroups", "*", "test.yaml:3")]), Is.Empty);
    }
}
