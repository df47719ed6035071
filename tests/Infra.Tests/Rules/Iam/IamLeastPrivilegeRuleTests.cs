using Infra.Permissions;
using Infra.Rules;
using Infra.Tests.Testing;

namespace Infra.Tests.Rules;

public class IamLeastPrivilegeRuleTests
{
    private static readonly Lazy<IamCatalog> Catalog = new(() => IamCatalog.Load(RepositoryFiles.PathOf(IamCatalog.RelativePath)));

    private static string MessageFor(string action) =>
        new IamLeastPrivilegeRule().FindBroadGrants(Catalog.Value, [new PolicyGrant(action, "*", "test.yaml:3")]).Single().Message;

    [TestCase("s3:PutObject")]
    [TestCase("s3:GetObject")]
    [TestCase("s3:DeleteObject")]
    public void AnObjectActionOnStarIsToldToNameTheObjectNotAnAccessPoint(string action)
    {
        var message = MessageFor(action);

        Assert.That(message, Does.Contain("\"arn:aws:s3:::<BucketName>/<ObjectName>\""), $"{action} on * must be narrowed to the object ARN: {message}");
        Assert.That(message, Does.Not.Contain("accesspoint"), $"an access point is an indirect way to the object, not the narrower grant: {message}");
    }

    [Test]
    public void ABucketActionOnStarIsToldToNameTheBucket()
    {
        var message = MessageFor("s3:ListBucket");

        Assert.That(message, Does.Contain("\"arn:aws:s3:::<BucketName>\"").And.Not.Contain("accesspoint"), $"s3:ListBucket on * must be narrowed to the bucket: {message}");
    }

    [Test]
    public void AnActionNeedingSeveralResourcesIsToldToNameEach()
    {
        // kms:CreateAlias always involves both the alias and the key it points to.
        var message = MessageFor("kms:CreateAlias");

        Assert.That(message, Does.Contain("\"arn:aws:kms:${region}:${account}:alias/<Alias>\" and \"arn:aws:kms:${region}:${account}:key/<KeyId>\""), $"both required resources must be suggested: {message}");
    }

    [Test]
    public void AnActionWithSeveralDirectResourceTypesListsThemAsAlternatives()
    {
        // Like an RDS action that takes a database instance or a cluster: neither is the other's indirection.
        var entry = new CatalogAction("svc:Act", true, "Write", [new("db", "arn:${Partition}:svc:${Region}:${Account}:db:${DbName}", false), new("cluster", "arn:${Partition}:svc:${Region}:${Account}:cluster:${ClusterName}", false)], []);

        var message = new IamLeastPrivilegeRule().FindBroadGrants(IamCatalog.From([entry]), [new PolicyGrant("svc:Act", "*", "test.yaml:3")]).Single().Message;

        Assert.That(message, Does.Contain("\"arn:aws:svc:${region}:${account}:db:<DbName>\" (or \"arn:aws:svc:${region}:${account}:cluster:<ClusterName>\")"), $"two direct optional types are alternatives, the first one first: {message}");
    }

    [Test]
    public void AFunctionActionOnStarStillSuggestsTheFunctionArn()
    {
        Assert.That(MessageFor("lambda:GetPolicy"), Does.Contain("write resource \"arn:aws:lambda:${region}:${account}:function:<FunctionName>\""));
    }
}
