using Infra.Permissions;
using static Infra.Tests.Permissions.EvaluatorCases;

namespace Infra.Tests.Permissions;

/// <summary>How statements match a request: allow and deny, NotAction and NotResource, wildcards and case.</summary>
public class PolicyEvaluatorTests
{
    [Test]
    public void AnExplicitDenyBeatsAnAllowOfTheSameAction()
    {
        var decision = Decide(
            """
            {"Sid": "All", "Effect": "Allow", "Action": "lambda:*", "Resource": "*"},
            {"Sid": "NoDelete", "Effect": "Deny", "Action": "lambda:DeleteFunction", "Resource": "*"}
            """,
            Request("lambda:DeleteFunction", Function));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ExplicitDeny), $"a matching Deny must win over the Allow: {decision}");
        Assert.That((decision.StatementIndex, decision.Sid), Is.EqualTo(((int?)1, "NoDelete")), "the decision must name the Deny statement that decided");
    }

    [Test]
    public void ARequestNoStatementMatchesIsImplicitlyDenied()
    {
        var decision = Decide("""{"Effect": "Allow", "Action": "lambda:GetFunction", "Resource": "*"}""", Request("lambda:DeleteFunction", Function));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"nothing allows lambda:DeleteFunction: {decision}");
    }

    [Test]
    public void ARoleWithNoPoliciesIsImplicitlyDenied()
    {
        var decision = new PolicyEvaluator([]).Evaluate(Request("lambda:GetFunction", Function));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"no policy means no allow: {decision}");
    }

    [Test]
    public void ANotActionAllowAllowsOtherActionsButADenyStillWins()
    {
        const string Statements = """
            {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"},
            {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}
            """;

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("lambda:GetFunction", Function)).Kind, Is.EqualTo(IamDecisionKind.Allowed), "NotAction iam:* must allow an action of another service");
            Assert.That(Decide(Statements, Request("iam:CreateRole", Role)).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "NotAction iam:* must not allow an iam action");
            Assert.That(Decide(Statements, Request("s3:DeleteBucket", Bucket)).Kind, Is.EqualTo(IamDecisionKind.ExplicitDeny), "the Deny must win over the NotAction allow");
        });
    }

    [Test]
    public void ANotResourceAllowAllowsEveryResourceExceptTheListedOnes()
    {
        const string Statements = """{"Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::2-1-bbws-tfstate-dev/secrets/*"}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("s3:GetObject", "arn:aws:s3:::any-other-bucket/key")).Kind, Is.EqualTo(IamDecisionKind.Allowed), "NotResource must allow a resource it does not list, even one in another bucket");
            Assert.That(Decide(Statements, Request("s3:GetObject", "arn:aws:s3:::2-1-bbws-tfstate-dev/secrets/token")).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "NotResource must not allow a listed resource");
        });
    }

    [Test]
    public void ANotResourcePatternOfAnotherServiceLeavesThisServiceCovered()
    {
        // "arn:aws:dynamodb:*" matches only DynamoDB resources, so a Deny on everything but them denies a Lambda call.
        var decision = Decide(
            """
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "Deny", "Action": "*", "NotResource": "arn:aws:dynamodb:*"}
            """,
            Request("lambda:InvokeFunction", Function));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ExplicitDeny), $"a Lambda function is not a DynamoDB resource, so the NotResource Deny applies: {decision}");
    }

    [Test]
    public void AQuestionMarkMatchesExactlyOneCharacter()
    {
        const string Statements = """{"Effect": "Allow", "Action": "lambda:GetFunction", "Resource": "arn:aws:lambda:eu-west-1:536580886816:function:api-?"}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("lambda:GetFunction", "arn:aws:lambda:eu-west-1:536580886816:function:api-1")).Kind, Is.EqualTo(IamDecisionKind.Allowed), "? must match one character");
            Assert.That(Decide(Statements, Request("lambda:GetFunction", "arn:aws:lambda:eu-west-1:536580886816:function:api-12")).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "? must not match two characters");
            Assert.That(Decide(Statements, Request("lambda:GetFunction", "arn:aws:lambda:eu-west-1:536580886816:function:api-")).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "? must not match zero characters");
        });
    }

    [Test]
    public void ActionsMatchCaseInsensitively()
    {
        var decision = Decide("""{"Effect": "Allow", "Action": "LAMBDA:getfunction*", "Resource": "*"}""", Request("lambda:GetFunctionConfiguration", Function));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"IAM compares actions case-insensitively: {decision}");
    }

    [Test]
    public void ResourceARNsMatchCaseSensitively()
    {
        var decision = Decide("""{"Effect": "Allow", "Action": "lambda:GetFunction", "Resource": "arn:aws:lambda:eu-west-1:536580886816:function:2-1-BBWS-*"}""", Request("lambda:GetFunction", Function));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"IAM compares ARNs case-sensitively, so BBWS must not match bbws: {decision}");
    }

    [Test]
    public void AStarInAResourceMatchesAcrossColonsAndSlashes()
    {
        var decision = Decide("""{"Effect": "Allow", "Action": "logs:*", "Resource": "arn:aws:logs:*"}""", Request("logs:PutRetentionPolicy", "arn:aws:logs:eu-west-1:536580886816:log-group:/aws/lambda/x"));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"* in a Resource must run over ':' and '/': {decision}");
    }

    [Test]
    public void ATokenForAValueKnownOnlyAfterApplyMatchesAWildcardAndItself()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Decide("""{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:eu-west-1:536580886816:key/*"}""", Request("kms:Decrypt", Key)).Kind,
                Is.EqualTo(IamDecisionKind.Allowed), "key/* must match a key whose id is a token");
            Assert.That(Decide("""{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:eu-west-1:536580886816:key/${aws_kms_key.state_key_key.key_id}"}""", Request("kms:Decrypt", Key)).Kind,
                Is.EqualTo(IamDecisionKind.Allowed), "a token must match the same token literally");
            Assert.That(Decide("""{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:eu-west-1:536580886816:key/${aws_kms_key.other.key_id}"}""", Request("kms:Decrypt", Key)).Kind,
                Is.EqualTo(IamDecisionKind.ImplicitDeny), "a token must not match another token");
        });
    }

    [Test]
    public void StringLikeMatchesWithWildcards()
    {
        const string Statements = """{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "Condition": {"StringLike": {"s3:prefix": ["env/dev/*", "shared/?.json"]}}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("s3:ListBucket", Bucket, ("s3:prefix", ["env/dev/terraform.tfstate"]))).Kind, Is.EqualTo(IamDecisionKind.Allowed), "env/dev/* must match");
            Assert.That(Decide(Statements, Request("s3:ListBucket", Bucket, ("s3:prefix", ["shared/a.json"]))).Kind, Is.EqualTo(IamDecisionKind.Allowed), "the second value must be ORed with the first");
            Assert.That(Decide(Statements, Request("s3:ListBucket", Bucket, ("s3:prefix", ["env/prod/x"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "env/prod must not match");
        });
    }

    [Test]
    public void ArnLikeMatchesThePrincipalArnTheEvaluatorSupplies()
    {
        const string Statements = """{"Effect": "Allow", "Action": "lambda:*", "Resource": "*", "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/2-1-bbws-github-*"}}}""";
        var other = new IamRequest("lambda:GetFunction", Function, "arn:aws:iam::536580886816:role/someone-else", Account);

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("lambda:GetFunction", Function)).Kind, Is.EqualTo(IamDecisionKind.Allowed), "the role's ARN must match the pattern");
            Assert.That(Decide(Statements, other).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "another role's ARN must not match");
        });
    }

    [Test]
    public void StatementsIndexedByServiceStillSeeWildcardAndNotActionStatements()
    {
        // Many statements of other services, and the deciding ones in the always-checked list.
        var statements = string.Join(",", Enumerable.Range(0, 200).Select(i => $$"""{"Effect": "Allow", "Action": "svc{{i}}:Get*", "Resource": "*"}"""));
        statements += """, {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:lambda:*"}, {"Effect": "Deny", "NotAction": "lambda:Get*", "Resource": "arn:aws:lambda:*"}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(statements, Request("lambda:GetFunction", Function)).Kind, Is.EqualTo(IamDecisionKind.Allowed), "Action * must reach lambda");
            Assert.That(Decide(statements, Request("lambda:DeleteFunction", Function)).Kind, Is.EqualTo(IamDecisionKind.ExplicitDeny), "the NotAction Deny must reach lambda:DeleteFunction");
            Assert.That(Decide(statements, Request("SVC7:getthing", "*")).Kind, Is.EqualTo(IamDecisionKind.Allowed), "the service index must be case-insensitive");
        });
    }
}
