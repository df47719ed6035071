using Infra.Permissions;
using static Infra.Tests.Permissions.EvaluatorCases;

namespace Infra.Tests.Permissions;

/// <summary>Key and bucket policies within one account: delegation, naming the role, and which statements apply.</summary>
public class PolicyEvaluatorResourcePolicyTests
{
    [Test]
    public void ABucketPolicyDeniesRequestsWithoutTLS()
    {
        var bucketPolicy = new ResourcePolicy(
            Policy("""{"Sid": "TlsOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ["arn:aws:s3:::2-1-bbws-tfstate-dev", "arn:aws:s3:::2-1-bbws-tfstate-dev/*"], "Condition": {"Bool": {"aws:SecureTransport": "false"}}}""", "tfstate-bucket-policy"),
            ResourcePolicyKind.S3Bucket,
            Bucket);
        var evaluator = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}""")]);

        var plain = evaluator.Evaluate(Request("s3:GetObject", Bucket + "/dev.tfstate", ("aws:SecureTransport", ["false"])), [bucketPolicy]);
        var tls = evaluator.Evaluate(Request("s3:GetObject", Bucket + "/dev.tfstate", ("aws:SecureTransport", ["true"])), [bucketPolicy]);

        Assert.Multiple(() =>
        {
            Assert.That(plain.Kind, Is.EqualTo(IamDecisionKind.ExplicitDeny), $"a request without TLS must be denied by the bucket policy: {plain}");
            Assert.That(plain.PolicyName, Is.EqualTo("tfstate-bucket-policy"), "the deny must be attributed to the bucket policy");
            Assert.That(tls.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"a TLS request must be allowed by the identity policy: {tls}");
        });
    }

    [Test]
    public void AKeyPolicyWithoutAccountDelegationDeniesEvenWithAnIdentityAllow()
    {
        var keyPolicy = new ResourcePolicy(
            Policy("""{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::536580886816:role/someone-else"}, "Action": "kms:*", "Resource": "*"}""", "state-key-policy"),
            ResourcePolicyKind.KmsKey,
            Key);
        var evaluator = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}""")]);

        var decision = evaluator.Evaluate(Request("kms:Decrypt", Key), [keyPolicy]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"a key policy that neither names the role nor the account must deny: {decision}");
        Assert.That(decision.PolicyName, Is.EqualTo("state-key-policy"), "the denial must point at the key policy");
    }

    [Test]
    public void AKeyPolicyDelegatingToTheAccountNeedsAnIdentityAllowToo()
    {
        var keyPolicy = new ResourcePolicy(
            Policy("""{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::536580886816:root"}, "Action": "kms:*", "Resource": "*"}""", "state-key-policy"),
            ResourcePolicyKind.KmsKey,
            Key);
        var allowed = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}""")]);
        var unallowed = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "kms:Encrypt", "Resource": "*"}""")]);

        Assert.Multiple(() =>
        {
            Assert.That(allowed.Evaluate(Request("kms:Decrypt", Key), [keyPolicy]).Kind, Is.EqualTo(IamDecisionKind.Allowed), "delegation plus an identity allow must allow");
            Assert.That(unallowed.Evaluate(Request("kms:Decrypt", Key), [keyPolicy]).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "delegation alone must not allow");
        });
    }

    [Test]
    public void AKeyPolicyDelegatingByAccountIdCountsAsDelegation()
    {
        var keyPolicy = new ResourcePolicy(
            Policy("""{"Effect": "Allow", "Principal": {"AWS": "536580886816"}, "Action": "kms:*", "Resource": "*"}""", "state-key-policy"),
            ResourcePolicyKind.KmsKey,
            Key);

        var decision = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}""")]).Evaluate(Request("kms:Decrypt", Key), [keyPolicy]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"a bare account id is the account principal: {decision}");
    }

    [Test]
    public void AKeyPolicyNamingTheRoleAllowsWithoutAnIdentityAllow()
    {
        var keyPolicy = new ResourcePolicy(
            Policy($$"""{"Effect": "Allow", "Principal": {"AWS": "{{Role}}"}, "Action": "kms:Decrypt", "Resource": "*"}""", "state-key-policy"),
            ResourcePolicyKind.KmsKey,
            Key);

        var decision = new PolicyEvaluator([]).Evaluate(Request("kms:Decrypt", Key), [keyPolicy]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"the key policy alone may allow the role it names: {decision}");
    }

    [Test]
    public void ABucketPolicyAllowingTheRoleARNAllowsWithoutAnIdentityPolicy()
    {
        var bucketPolicy = new ResourcePolicy(
            Policy($$"""{"Effect": "Allow", "Principal": {"AWS": ["{{Role}}"]}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::2-1-bbws-tfstate-dev/*"}""", "tfstate-bucket-policy"),
            ResourcePolicyKind.S3Bucket,
            Bucket);

        var decision = new PolicyEvaluator([]).Evaluate(Request("s3:GetObject", Bucket + "/dev.tfstate"), [bucketPolicy]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"in the same account a resource policy naming the role is enough: {decision}");
        Assert.That(decision.PolicyName, Is.EqualTo("tfstate-bucket-policy"), "the allow must be attributed to the bucket policy");
    }

    [Test]
    public void ABucketPolicyAllowingOnlyTheAccountDoesNotAllowByItself()
    {
        var bucketPolicy = new ResourcePolicy(
            Policy("""{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::536580886816:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::2-1-bbws-tfstate-dev/*"}""", "tfstate-bucket-policy"),
            ResourcePolicyKind.S3Bucket,
            Bucket);

        var decision = new PolicyEvaluator([]).Evaluate(Request("s3:GetObject", Bucket + "/dev.tfstate"), [bucketPolicy]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"naming the account delegates to its IAM policies, which allow nothing here: {decision}");
    }

    [Test]
    public void AResourcePolicyForAnotherResourceTakesNoPart()
    {
        var otherBucket = new ResourcePolicy(
            Policy("""{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}""", "other-bucket-policy"),
            ResourcePolicyKind.S3Bucket,
            "arn:aws:s3:::2-1-bbws-tfstate-dev-logs");
        var evaluator = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}""")]);

        var decision = evaluator.Evaluate(Request("s3:GetObject", Bucket + "/dev.tfstate"), [otherBucket]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"a policy of the bucket ...-logs must not govern an object of ...-dev: {decision}");
    }

    [Test]
    public void AResourcePolicyStatementForAServicePrincipalDoesNotApplyToTheRole()
    {
        var bucketPolicy = new ResourcePolicy(
            Policy("""{"Effect": "Deny", "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": "s3:*", "Resource": "*"}""", "tfstate-bucket-policy"),
            ResourcePolicyKind.S3Bucket,
            Bucket);
        var evaluator = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}""")]);

        var decision = evaluator.Evaluate(Request("s3:GetObject", Bucket + "/dev.tfstate"), [bucketPolicy]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"a Deny for a service principal must not deny the role: {decision}");
    }
}
