using Infra.Permissions;
using Infra.Rules;

namespace Infra.Tests.Permissions;

public class IamCatalogTests
{
    private static readonly Lazy<IamCatalog> Catalog = new(() => IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath)));

    private const string GetPolicy = "lambda:GetPolicy\tyes\tRead\tfunction*=arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}\t";

    [Test]
    public void KeepsEveryResourceTypeOfAnActionWithWhetherItIsRequired()
    {
        var types = Catalog.Value.Find("s3:PutObject")!.ResourceTypes;

        Assert.That(types.Select(t => $"{t.Name}|{t.Required}|{t.ArnPattern}"), Is.EquivalentTo(new[]
        {
            "object|False|arn:${Partition}:s3:::${BucketName}/${ObjectName}",
            "accesspointobject|False|arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}",
        }), "s3:PutObject can be granted on an object or an access point object, neither required");
        Assert.That(Catalog.Value.Find("kms:CreateAlias")!.ResourceTypes.Where(t => t.Required).Select(t => t.Name), Is.EqualTo(new[] { "alias", "key" }), "kms:CreateAlias always involves the alias and the key");
    }

    [Test]
    public void KeepsEveryConditionKeyOfAnActionSorted()
    {
        var keys = Catalog.Value.Find("s3:PutObject")!.ConditionKeys;

        Assert.That(keys, Does.Contain("s3:x-amz-server-side-encryption").And.Contain("s3:ResourceAccount"), "s3:PutObject supports the encryption header and resource account keys");
        Assert.That(keys, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "condition keys are sorted ordinally");
        Assert.That(Catalog.Value.Find("xray:PutTraceSegments")!.ResourceTypes, Is.Empty, "xray:PutTraceSegments takes no resource type");
    }

    [Test]
    public void ScopingPrefersTheResourceItselfOverAnAccessPoint()
    {
        var scoping = Catalog.Value.Find("s3:GetObject")!.ScopingResourceTypes;

        Assert.That(scoping.Select(t => t.Name), Is.EqualTo(new[] { "object" }), "an object action is scoped to the object, not through an access point");
    }

    [Test]
    public void ScopingFallsBackToIndirectTypesWhenNothingElseFits()
    {
        var entry = new CatalogAction("s3:GetAccessPoint", true, "Read", [new("accesspoint", "arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}", false)], []);

        Assert.That(entry.ScopingResourceTypes.Select(t => t.Name), Is.EqualTo(new[] { "accesspoint" }), "an action on access points only is scoped to the access point");
    }

    [TestCase("lambda:GetPolicy\tyes\tRead\tarn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}", "not 'service:Action", TestName = "TheOldFourColumnFormatIsRefused")]
    [TestCase("lambda:GetPolicy\tyes\tRead\tfunction*arn:aws:lambda\t", "resource type 'function*arn:aws:lambda' is not 'name=arn:...'", TestName = "AResourceTypeWithoutAnArnIsRefused")]
    [TestCase("lambda:GetPolicy\tyes\tRead\t=arn:aws:lambda\t", "is not 'name=arn:...'", TestName = "AResourceTypeWithoutANameIsRefused")]
    [TestCase("lambda:GetPolicy\tno\tRead\tfunction*=arn:aws:lambda\t", "says resource-level 'no' but lists resource types", TestName = "AResourceLevelFlagThatContradictsTheTypesIsRefused")]
    [TestCase("lambda:GetPolicy\tyes\tRead\tfunction*=arn:aws:lambda\tlambda:FunctionArn;;aws:SourceIp", "has an empty condition key", TestName = "AnEmptyConditionKeyIsRefused")]
    public void AMalformedCatalogLineIsRefusedNamingTheLineAndTheFix(string line, string problem)
    {
        using var folder = new TempFolder();
        var path = folder.Write("actions.tsv", $"# header\n{GetPolicy.Replace("GetPolicy", "GetAlias", StringComparison.Ordinal)}\n{line}\n");

        var refusal = Assert.Throws<Infra.InfraException>(() => IamCatalog.Load(path), "a malformed line must be an InfraException, not a crash or a silent skip");

        Assert.That(refusal!.Message, Does.Contain($"{IamCatalog.RelativePath}:3: ").And.Contain(problem).And.Contain("regenerate the catalog with infra/IamCatalog/regenerate.sh"), "the message names the line, the problem and the fix");
    }

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
        var path = folder.Write("actions.tsv", $"{GetPolicy}\nLAMBDA{GetPolicy[6..]}\n");

        var refusal = Assert.Throws<Infra.InfraException>(() => IamCatalog.Load(path), "a duplicate action must be an InfraException, not a crash");

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
