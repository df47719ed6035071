using Infra.Permissions;
using static Infra.Tests.Permissions.EvaluatorCases;

namespace Infra.Tests.Permissions;

/// <summary>A permissions boundary limits what identity and resource policies grant the role.</summary>
public class PolicyEvaluatorBoundaryTests
{
    [Test]
    public void APermissionsBoundaryLimitsWhatTheIdentityPolicyAllows()
    {
        var boundary = Policy("""{"Effect": "Allow", "Action": ["lambda:*", "logs:*"], "Resource": "*"}""", "boundary");
        var evaluator = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "*", "Resource": "*"}""")], boundary);

        Assert.Multiple(() =>
        {
            Assert.That(evaluator.Evaluate(Request("lambda:GetFunction", Function)).Kind, Is.EqualTo(IamDecisionKind.Allowed), "both allow lambda");
            var iam = evaluator.Evaluate(Request("iam:CreateRole", Role));
            Assert.That(iam.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"the boundary does not allow iam: {iam}");
            Assert.That(iam.PolicyName, Is.EqualTo("boundary"), "the denial must point at the boundary");
        });
    }

    [Test]
    public void APermissionsBoundaryLimitsAResourcePolicyGrantToTheRoleARNButNotOneToEveryone()
    {
        var boundary = Policy("""{"Effect": "Allow", "Action": "lambda:*", "Resource": "*"}""", "boundary");
        var evaluator = new PolicyEvaluator([], boundary);
        ResourcePolicy BucketPolicy(string principal) => new(
            Policy($$"""{"Effect": "Allow", "Principal": {{principal}}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::2-1-bbws-tfstate-dev/*"}""", "tfstate-bucket-policy"),
            ResourcePolicyKind.S3Bucket,
            Bucket);

        var toRole = evaluator.Evaluate(Request("s3:GetObject", Bucket + "/dev.tfstate"), [BucketPolicy($$"""{"AWS": "{{Role}}"}""")]);
        var toEveryone = evaluator.Evaluate(Request("s3:GetObject", Bucket + "/dev.tfstate"), [BucketPolicy("\"*\"")]);

        Assert.Multiple(() =>
        {
            Assert.That(toRole.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"a grant to the role's ARN is limited by the boundary: {toRole}");
            Assert.That(toEveryone.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"a grant to \"*\" names the role's session, which the boundary does not limit: {toEveryone}");
        });
    }

    [Test]
    public void APermissionsBoundaryAloneAllowsNothing()
    {
        var evaluator = new PolicyEvaluator([], Policy("""{"Effect": "Allow", "Action": "*", "Resource": "*"}""", "boundary"));

        Assert.That(evaluator.Evaluate(Request("lambda:GetFunction", Function)).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "a boundary sets a maximum, it grants nothing");
    }
}
