using Infra.Permissions;

namespace Infra.Tests.Permissions;

public class ReadOnlyActionsTests
{
    private const string LockTable = "arn:aws:dynamodb:eu-west-1:111111111111:table/example-terraform-locks";
    private const string Function = "arn:aws:lambda:eu-west-1:111111111111:function:example";

    private static readonly Lazy<IamCatalog> Catalog = new(() => IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath)));

    private const string Artifacts = "example-artifacts-sit-111111111111";

    private static ReadOnlyActions Judge => new(Catalog.Value, [LockTable], [Artifacts]);

    [TestCase("lambda:ListFunctions", "*", TestName = "AListActionIsReadOnly")]
    [TestCase("lambda:GetFunction", Function, TestName = "AReadActionIsReadOnly")]
    [TestCase("LAMBDA:getfunction", Function, TestName = "AnActionIsJudgedWhateverItsCase")]
    [TestCase("kms:Decrypt", "arn:aws:kms:eu-west-1:111111111111:key/${aws_kms_key.state_key.key_id}", TestName = "KmsDecryptIsReadOnlyThoughTheCatalogCallsItWrite")]
    [TestCase("kms:Decrypt", "*", TestName = "KmsDecryptIsReadOnlyOnAnyKey")]
    [TestCase("s3:PutObject", "arn:aws:s3:::example-state/dev/terraform.tfstate.tflock", TestName = "WritingATerraformLockFileIsReadOnly")]
    [TestCase("s3:DeleteObject", "arn:aws:s3:::example-state/dev/terraform.tfstate.tflock", TestName = "DeletingATerraformLockFileIsReadOnly")]
    [TestCase("s3:PutObject", "arn:aws:s3:::example-state/*.tflock", TestName = "AGrantOnEveryTerraformLockFileIsReadOnly")]
    [TestCase("s3:PutObject", "arn:aws:s3:::example-state/.pulumi/locks/organization/infra/dev/1234.json", TestName = "WritingAPulumiLockFileIsReadOnly")]
    [TestCase("s3:DeleteObject", "arn:aws:s3:::example-state/infra/.pulumi/locks/*", TestName = "DeletingPulumiLockFilesUnderAPrefixIsReadOnly")]
    [TestCase("dynamodb:PutItem", LockTable, TestName = "TakingTheLockInTheLockTableIsReadOnly")]
    [TestCase("dynamodb:DeleteItem", LockTable, TestName = "ReleasingTheLockInTheLockTableIsReadOnly")]
    [TestCase("lambda:Get*", Function, TestName = "AWildcardOfReadActionsIsReadOnly")]
    [TestCase("kms:Decryp?", "*", TestName = "AWildcardExpandingOnlyToAnExceptionIsReadOnly")]
    [TestCase("s3:PutObject", "arn:aws:s3:::" + Artifacts + "/plans/sit/*", TestName = "StoringASavedPlanInTheArtifactBucketsPlansFolderIsReadOnly")]
    [TestCase("s3:PutObjectTagging", "arn:aws:s3:::" + Artifacts + "/plans/sit/*", TestName = "TaggingASavedPlanIsReadOnly")]
    [TestCase("kms:GenerateDataKey", "arn:aws:kms:eu-west-1:111111111111:key/1234", TestName = "GeneratingADataKeyToEncryptASavedPlanIsReadOnly")]
    public void ChangesNothing(string action, string resource)
    {
        Assert.That(Judge.WhyNotReadOnly(action, resource), Is.Null, $"{action} on {resource} changes nothing and must be allowed to a read-only role");
    }

    [TestCase("lambda:UpdateFunctionCode", Function, "Write", TestName = "AWriteActionIsAChange")]
    [TestCase("lambda:AddPermission", Function, "Permissions management", TestName = "APermissionsManagementActionIsAChange")]
    [TestCase("lambda:TagResource", Function, "Tagging", TestName = "ATaggingActionIsAChange")]
    [TestCase("kms:Encrypt", "*", "Write", TestName = "KmsEncryptIsAChangeOnlyDecryptIsExcepted")]
    [TestCase("s3:PutObject", "arn:aws:s3:::example-state/dev/terraform.tfstate", "lock", TestName = "WritingTheStateObjectItselfIsAChange")]
    [TestCase("s3:DeleteObject", "arn:aws:s3:::example-state/dev/terraform.tfstate", "lock", TestName = "DeletingTheStateObjectIsAChange")]
    [TestCase("s3:PutObject", "arn:aws:s3:::example-state/*", "lock", TestName = "WritingEveryObjectOfTheStateBucketIsAChange")]
    [TestCase("s3:PutObject", "arn:aws:s3:::example-state/dev.tflock*", "lock", TestName = "AKeyPatternThatCanEndOtherwiseThanTflockIsAChange")]
    [TestCase("s3:PutObject", "arn:aws:s3:::example-state/a*.pulumi/locks/x", "lock", TestName = "AKeyThatOnlyMentionsPulumiLocksIsAChange")]
    [TestCase("s3:PutObject", "*", "lock", TestName = "WritingAnyObjectIsAChange")]
    [TestCase("s3:PutObject", "arn:aws:s3:::" + Artifacts + "/bundles/abc/def.zip", "plans/ folder", TestName = "WritingABundleIsAChange")]
    [TestCase("s3:PutObject", "arn:aws:s3:::example-state/plans/sit/x", "plans/ folder", TestName = "APlansFolderOutsideTheArtifactBucketIsAChange")]
    [TestCase("s3:PutObject", "arn:aws:s3:::example-artifacts-*/plans/sit/x", "plans/ folder", TestName = "AWildcardBucketIsNoArtifactBucket")]
    [TestCase("s3:PutObjectTagging", "arn:aws:s3:::" + Artifacts + "/bundles/*", "plans/ folder", TestName = "TaggingABundleIsAChange")]
    [TestCase("s3:PutObject", "arn:aws:s3:::example-state", "lock", TestName = "ABucketIsNoLockObject")]
    [TestCase("dynamodb:PutItem", "arn:aws:dynamodb:eu-west-1:111111111111:table/orders", "lock table", TestName = "WritingAnotherTableIsAChange")]
    [TestCase("dynamodb:DeleteItem", "*", "lock table", TestName = "DeletingItemsOfAnyTableIsAChange")]
    [TestCase("dynamodb:UpdateItem", LockTable, "Write", TestName = "OnlyPutAndDeleteItemAreExceptedOnTheLockTable")]
    [TestCase("lambda:*", Function, "lambda:AddPermission", TestName = "AWildcardIsAChangeWhenOneActionItGrantsIs")]
    [TestCase("s3:*Object", "arn:aws:s3:::example-state/dev/terraform.tfstate.tflock", "s3:RestoreObject", TestName = "AWildcardOnALockFileIsAChangeWhenItGrantsMoreThanTheLockWrites")]
    [TestCase("lambda:GetFuntion", Function, "not in the IAM catalog", TestName = "AnUnknownActionCannotBeVouchedFor")]
    [TestCase("nosuchservice:Get*", "*", "matches no action in the IAM catalog", TestName = "AWildcardMatchingNothingCannotBeVouchedFor")]
    public void IsAChange(string action, string resource, string reason)
    {
        var why = Judge.WhyNotReadOnly(action, resource);

        Assert.That(why, Is.Not.Null, $"{action} on {resource} may change a resource: a read-only role must not be granted it");
        Assert.That(why, Does.Contain(reason), "the reason says why it is a change");
    }

    [Test]
    public void EveryExceptionStatesItsReason()
    {
        Assert.That(ReadOnlyActions.Exceptions.Keys, Is.EquivalentTo(new[] { "kms:Decrypt", "kms:GenerateDataKey", "s3:PutObject", "s3:PutObjectTagging", "s3:DeleteObject", "dynamodb:PutItem", "dynamodb:DeleteItem" }), "the exceptions to the catalog's access levels are exactly these");
        Assert.That(ReadOnlyActions.Exceptions.Values, Has.All.Length.GreaterThan(40), "each exception says why it changes nothing");
        Assert.That(ReadOnlyActions.Exceptions.Keys.Select(k => Catalog.Value.Find(k)?.AccessLevel), Has.None.EqualTo("Read").And.None.EqualTo("List").And.None.Null, "an exception is only needed for an action the catalog does not call read, and it must exist");
    }
}
