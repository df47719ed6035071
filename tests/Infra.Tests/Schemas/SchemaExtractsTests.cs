using System.Text;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Schemas;

public class SchemaExtractsTests
{
    private static readonly string[] ExtractNames = ["terraform-schema.json", "pulumi-schema.json"];

    private static string Read(string name) => File.ReadAllText(RepositoryFiles.PathOf($"infra/Schemas/{name}"));

    private static JObject Terraform() => JObject.Parse(Read("terraform-schema.json"));

    private static JObject Pulumi() => JObject.Parse(Read("pulumi-schema.json"));

    private static List<(string Kind, string Type, string Token)> AllowList() => [.. SchemaExtracts.ParseAllowList(Read("types.txt"))];

    private static Dictionary<string, byte[]> ExtractBytes() =>
        ExtractNames.ToDictionary(n => n, n => File.ReadAllBytes(RepositoryFiles.PathOf($"infra/Schemas/{n}")));

    [Test]
    public void TheCommittedExtractsCoverExactlyTheAllowListedTypes()
    {
        var allowList = AllowList();

        Assert.That(SchemaExtracts.CoverageProblems(allowList, Terraform(), Pulumi()), Is.Empty);
        Assert.That(allowList.Count(e => e.Kind == "resource"), Is.EqualTo(58), "the 49 resource types of the hand extraction, the SNS topic policy, the SES configuration set and its event destination, the WAFv2 web ACL, its association and logging configuration, and S3 bucket logging, lifecycle and notification");
    }

    [Test]
    public void ATypeRemovedFromTheAllowListButStillExtractedIsReportedForBothExtracts()
    {
        var allowList = AllowList();
        allowList.RemoveAll(e => e.Type == "random_pet");

        Assert.That(SchemaExtracts.CoverageProblems(allowList, Terraform(), Pulumi()), Is.EquivalentTo(new[]
        {
            "terraform-schema.json: resource_schemas has resource random_pet, which types.txt does not list: add it there or regenerate",
            "pulumi-schema.json: resources has resource random_pet, which types.txt does not list: add it there or regenerate",
        }));
    }

    [Test]
    public void ATypeAddedToTheAllowListWithoutRegeneratingIsReportedForBothExtracts()
    {
        var allowList = AllowList();
        allowList.Add(("data", "aws_region", "aws:index/getRegion:getRegion"));

        Assert.That(SchemaExtracts.CoverageProblems(allowList, Terraform(), Pulumi()), Is.EquivalentTo(new[]
        {
            "terraform-schema.json: data_source_schemas lacks data aws_region, which types.txt lists: run infra/Schemas/regenerate.sh",
            "pulumi-schema.json: data_sources lacks data aws_region, which types.txt lists: run infra/Schemas/regenerate.sh",
        }));
    }

    [Test]
    public void ATypeInOneExtractOnlyIsReportedForThatExtract()
    {
        var pulumi = Pulumi();
        ((JObject)pulumi["data_sources"]!).Remove("github_user");

        Assert.That(SchemaExtracts.CoverageProblems(AllowList(), Terraform(), pulumi), Is.EqualTo(new[]
        {
            "pulumi-schema.json: data_sources lacks data github_user, which types.txt lists: run infra/Schemas/regenerate.sh",
        }));
    }

    [Test]
    public void APulumiTokenThatDiffersFromTheAllowListIsReported()
    {
        var allowList = AllowList();
        var index = allowList.FindIndex(e => e.Type == "aws_s3_object");
        allowList[index] = ("resource", "aws_s3_object", "aws:s3/bucketObject:BucketObject");

        Assert.That(SchemaExtracts.CoverageProblems(allowList, Terraform(), Pulumi()), Is.EqualTo(new[]
        {
            "pulumi-schema.json: resources.aws_s3_object has token aws:s3/bucketObjectv2:BucketObjectv2, types.txt says aws:s3/bucketObject:BucketObject: run infra/Schemas/regenerate.sh",
        }));
    }

    [Test]
    public void AProviderRemovedFromTheAllowListIsReportedWithItsMetadata()
    {
        var allowList = AllowList();
        allowList.RemoveAll(e => e.Kind == "provider" && e.Type == "random");

        Assert.That(SchemaExtracts.CoverageProblems(allowList, Terraform(), Pulumi()), Does.Contain(
            "terraform-schema.json: providers has provider random, which types.txt does not list: add it there or regenerate"));
    }

    [TestCase("aws_iam_role aws:iam/role:Role", "a line without a kind")]
    [TestCase("resource aws_iam_role", "a line without a Pulumi token")]
    [TestCase("module aws_iam_role aws:iam/role:Role", "an unknown kind")]
    [TestCase("resource aws_iam_role aws:iam/role:Role\nresource aws_iam_role aws:iam/role:Role", "a repeated type")]
    public void AMalformedAllowListIsRefusedWithItsLine(string text, string what)
    {
        Assert.That(() => SchemaExtracts.ParseAllowList("# header\n" + text + "\n"), Throws.InstanceOf<FormatException>().With.Message.StartsWith("types.txt line "), what);
    }

    [Test]
    public void TheCommittedExtractsHaveTheSha256SOURCESMdRecords()
    {
        Assert.That(SchemaExtracts.ChecksumProblems(Read("SOURCES.md"), ExtractBytes()), Is.Empty);
    }

    [Test]
    public void AnExtractEditedByHandNoLongerMatchesItsRecordedSha256()
    {
        var files = ExtractBytes();
        files["pulumi-schema.json"] = [.. files["pulumi-schema.json"], .. Encoding.UTF8.GetBytes(" ")];

        var problems = SchemaExtracts.ChecksumProblems(Read("SOURCES.md"), files);

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("pulumi-schema.json: sha256 is ").And.Contain("changed without regenerate.sh"));
    }

    [Test]
    public void AnExtractSOURCESMdDoesNotRecordIsReported()
    {
        var sources = string.Join('\n', Read("SOURCES.md").Split('\n').Where(l => !l.EndsWith("  terraform-schema.json", StringComparison.Ordinal)));

        Assert.That(SchemaExtracts.ChecksumProblems(sources, ExtractBytes()), Is.EqualTo(new[]
        {
            $"SOURCES.md records no sha256 for terraform-schema.json (its sha256 is {SchemaExtracts.Sha256(ExtractBytes()["terraform-schema.json"])}): run infra/Schemas/regenerate.sh",
        }));
    }

    [TestCase("statement", "inputs.wafv2.WebAclRuleStatement")]
    [TestCase("statement.managed_rule_group_statement", "inputs.wafv2.WebAclRuleStatementManagedRuleGroupStatement")]
    [TestCase("statement.rate_based_statement", "inputs.wafv2.WebAclRuleStatementRateBasedStatement")]
    public void AWebAclStatementBlockTheOverlayGivesInPartSaysSoAndHoldsTheSameFieldsInBothExtracts(string path, string pulumiType)
    {
        var block = (JObject)Terraform()["resource_schemas"]!["aws_wafv2_web_acl"]!["block_types"]!["rule"]!["block"]!;
        foreach (var key in path.Split('.'))
        {
            block = (JObject)block["block_types"]![key]!["block"]!;
        }

        var terraformKeys = ((JObject)block["attributes"]!).Properties().Concat(((JObject?)block["block_types"])?.Properties() ?? []).Select(p => p.Name).Order(StringComparer.Ordinal);
        var pulumiInputs = (JObject)Pulumi()["resources"]!["aws_wafv2_web_acl"]!["nested"]![pulumiType]!;

        Assert.That(block.Value<string>("subset_of_upstream"), Is.Not.Null.And.Not.Empty, "a block transcribed in part must say what it leaves out");
        Assert.That(pulumiInputs.Properties().Select(p => p.Value.Value<string>("tf")).Order(StringComparer.Ordinal), Is.EqualTo(terraformKeys), "the Pulumi extract must keep exactly the inputs of the Terraform subset, each with its Terraform name");
    }
}
