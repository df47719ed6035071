using Infra.Permissions;
using Infra.Tests.Testing;

namespace Infra.Tests.Permissions;

public class RequirementTableCoverageTests
{
    /// <summary>
    /// The AWS types of the main roots whose tables are not in the repository yet. Delete this list when they are
    /// added; from then on every AWS type of the main roots must have its table.
    /// </summary>
    private static readonly string[] TypesExpectedWithoutTablesUntilTheyAreAdded =
    [
        "aws_dynamodb_table", "aws_iam_openid_connect_provider", "aws_iam_role", "aws_iam_role_policy", "aws_iam_role_policy_attachment",
        "aws_kms_alias", "aws_kms_key", "aws_s3_bucket", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_policy",
        "aws_s3_bucket_public_access_block", "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_versioning",
        "aws_s3_object", "aws_sesv2_email_identity",
    ];

    [TestCase("dev")]
    [TestCase("sit")]
    [TestCase("prod")]
    public void EveryAwsTypeOfTheMainRootHasARequirementTable(string stackName)
    {
        var table = RequirementTable.Load(RepositoryFiles.Root, IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath)));
        var types = StackHarness.Build(RepositoryFiles.Root, stackName).Main.CustomResources
            .Where(r => r.Package == "aws")
            .Select(r => r.Type)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        var missing = types.Where(t => table.Find(t) is null).Except(TypesExpectedWithoutTablesUntilTheyAreAdded);

        Assert.That(types, Is.Not.Empty, "the main root holds AWS resources");
        Assert.That(missing, Is.Empty, $"AWS types of {stackName}'s main root without infra/IamRequirements/aws/<type>.yaml");
    }
}
