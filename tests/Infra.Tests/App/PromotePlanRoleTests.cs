using Infra.App;
using Infra.Components;
using Infra.Permissions;
using Infra.Rules;
using Infra.Tests.Testing;

namespace Infra.Tests.App;

/// <summary>What the promotion plan role's generated policy allows, judged by the project's IAM evaluator.</summary>
public class PromotePlanRoleTests
{
    [TestCase("sit", "815856636111", "eu-west-1")]
    [TestCase("prod", "093646564004", "af-south-1")]
    public void ThePlanRoleMayStoreSavedPlansReadBundlesAndTheFreezeButWriteNothingElse(string stackName, string account, string region)
    {
        var stack = StackHarness.Build(stackName);
        var table = RequirementTable.Load(RepositoryFiles.Root, IamCatalog.Load(RepositoryFiles.PathOf(IamCatalog.RelativePath)));
        var arns = new ResourceArns(table, stack);
        var role = (GithubActionsRole)stack.Bootstrap.Find(PlatformProgram.PromotePlanRole)!;
        var evaluator = IamCoverageRule.RoleEvaluator(role, stack, arns);
        var bucket = $"arn:aws:s3:::2-1-bbws-artifacts-{stackName}-{account}";
        var freeze = $"arn:aws:ssm:{region}:{account}:parameter/bbws/{stackName}/deploy-freeze";
        bool Allowed(string action, string resource) => evaluator.Evaluate(new IamRequest(action, resource, arns.Arn(role.Role), account), []).IsAllowed;

        Assert.Multiple(() =>
        {
            Assert.That(Allowed("s3:PutObject", $"{bucket}/plans/{stackName}/123-1/{stackName}.tfplan"), Is.True, "the plan job must store its saved plan under plans/<stack>/");
            Assert.That(Allowed("s3:PutObjectTagging", $"{bucket}/plans/{stackName}/123-1/{stackName}.tfplan"), Is.True, "the put carries the retention tag");
            Assert.That(Allowed("s3:GetObject", $"{bucket}/bundles/0123/abcd.zip"), Is.True, "the plan job must read the commit's bundle");
            Assert.That(Allowed("ssm:GetParameter", freeze), Is.True, "the plan job must see the freeze before it plans");
            Assert.That(Allowed("s3:PutObject", $"{bucket}/bundles/0123/abcd.zip"), Is.False, "the plan role must not replace a bundle");
            Assert.That(Allowed("s3:PutObject", $"{bucket}/plans/other/123-1/x.tfplan"), Is.False, "the plan role must not write another stack's plans");
            Assert.That(Allowed("ssm:PutParameter", freeze), Is.False, "the plan role must not set or lift a freeze");
            Assert.That(Allowed("s3:PutObject", $"arn:aws:s3:::2-1-bbws-tfstate-{stackName}-{account}/main/terraform.tfstate"), Is.False, "the plan role must not write the state");
        });
    }
}
