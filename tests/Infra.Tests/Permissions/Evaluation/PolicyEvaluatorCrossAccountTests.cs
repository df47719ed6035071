using Infra.Permissions;
using static Infra.Tests.Permissions.EvaluatorCases;

namespace Infra.Tests.Permissions;

/// <summary>Requests to another account's resource: both the identity policy and the resource policy must allow.</summary>
public class PolicyEvaluatorCrossAccountTests
{
    private const string LowerAccount = "815856636111";
    private const string LowerBundles = "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/bundles/*";

    private static ResourcePolicy LowerBucketPolicy(string principal) => new(
        Policy($$"""{"Sid": "NextStackReadsBundles", "Effect": "Allow", "Principal": {"AWS": "{{principal}}"}, "Action": "s3:GetObject", "Resource": "{{LowerBundles}}"}""", "lower-bucket-policy"),
        ResourcePolicyKind.S3Bucket,
        "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111");

    private static IamRequest CrossAccount(string action, string resource) => Request(action, resource) with { ResourceAccount = LowerAccount };

    [Test]
    public void AcrossAccountsAnIdentityAllowWithoutTheResourcePolicyIsDenied()
    {
        var evaluator = new PolicyEvaluator([Policy($$"""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "{{LowerBundles}}"}""")]);

        var silent = evaluator.Evaluate(CrossAccount("s3:GetObject", "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/bundles/c/s.zip"), [LowerBucketPolicy("arn:aws:iam::093646564004:root")]);
        var none = evaluator.Evaluate(CrossAccount("s3:GetObject", "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/bundles/c/s.zip"), []);
        var sameAccount = evaluator.Evaluate(Request("s3:GetObject", "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/bundles/c/s.zip"), []);

        Assert.Multiple(() =>
        {
            Assert.That(silent.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"the bucket policy admits another account only, so the owner never granted this role: {silent}");
            Assert.That(silent.Reason, Does.Contain(LowerAccount), "the refusal must name the account whose policy is missing the grant");
            Assert.That(none.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"no resource policy at all: the owning account granted nothing: {none}");
            Assert.That(sameAccount.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"within one account the identity policy alone is enough: {sameAccount}");
        });
    }

    [Test]
    public void AcrossAccountsAResourcePolicyAllowWithoutTheIdentityPolicyIsDenied()
    {
        var evaluator = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "lambda:GetFunction", "Resource": "*"}""")]);

        var decision = evaluator.Evaluate(CrossAccount("s3:GetObject", "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/bundles/c/s.zip"), [LowerBucketPolicy(Role)]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"a bucket policy naming the role of another account is not enough: its own identity policy must allow too: {decision}");
    }

    [TestCase(Role)]
    [TestCase("arn:aws:iam::536580886816:root")]
    public void AcrossAccountsTheIdentityPolicyAndAResourcePolicyNamingTheRoleOrItsAccountAllow(string principal)
    {
        var evaluator = new PolicyEvaluator([Policy($$"""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "{{LowerBundles}}"}""")]);

        var bundle = evaluator.Evaluate(CrossAccount("s3:GetObject", "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/bundles/c/s.zip"), [LowerBucketPolicy(principal)]);
        var plan = evaluator.Evaluate(CrossAccount("s3:GetObject", "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/plans/sit/p"), [LowerBucketPolicy(principal)]);

        Assert.Multiple(() =>
        {
            Assert.That(bundle.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"both policies allow the bundle: {bundle}");
            Assert.That(plan.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"the bucket policy grants bundles/* only, and the identity policy bundles/* only, so a saved plan stays unreadable: {plan}");
        });
    }

    [Test]
    public void AcrossAccountsAKeyPolicyNamingTheRoleStillNeedsTheIdentityPolicy()
    {
        var keyArn = "arn:aws:kms:eu-west-1:815856636111:key/${aws_kms_key.artifact_key_key.key_id}";
        var keyPolicy = new ResourcePolicy(
            Policy($$"""{"Effect": "Allow", "Principal": {"AWS": "{{Role}}"}, "Action": "kms:Decrypt", "Resource": "*"}""", "lower-key-policy"),
            ResourcePolicyKind.KmsKey,
            keyArn);
        var withGrant = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:eu-west-1:815856636111:key/*"}""")]);
        var withoutGrant = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}""")]);

        var allowed = withGrant.Evaluate(CrossAccount("kms:Decrypt", keyArn), [keyPolicy]);
        var denied = withoutGrant.Evaluate(CrossAccount("kms:Decrypt", keyArn), [keyPolicy]);
        var sameAccount = withoutGrant.Evaluate(Request("kms:Decrypt", keyArn), [keyPolicy]);

        Assert.Multiple(() =>
        {
            Assert.That(allowed.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"key policy and identity policy both allow: {allowed}");
            Assert.That(denied.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"across accounts a key policy naming the role is not enough: {denied}");
            Assert.That(sameAccount.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"within one account a key policy naming the role is enough: {sameAccount}");
        });
    }
}
