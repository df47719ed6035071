using Infra.Permissions;
using static Infra.Tests.Permissions.EvaluatorCases;

namespace Infra.Tests.Permissions;

/// <summary>Condition operators, set qualifiers (ForAllValues, ForAnyValue), IfExists and context keys.</summary>
public class PolicyEvaluatorConditionTests
{
    [Test]
    public void ForAllValuesOnAMissingKeyIsTrue()
    {
        // The surprising case: ForAllValues over an empty set is vacuously true, so this Allow applies without tags.
        var decision = Decide(
            """{"Effect": "Allow", "Action": "lambda:TagResource", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["team", "env"]}}}""",
            Request("lambda:TagResource", Function));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"ForAllValues with the key absent must hold: {decision}");
    }

    [Test]
    public void ForAllValuesRequiresEveryRequestValueToMatch()
    {
        const string Statements = """{"Effect": "Allow", "Action": "lambda:TagResource", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["team", "env"]}}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("lambda:TagResource", Function, ("aws:TagKeys", ["env", "team"]))).Kind, Is.EqualTo(IamDecisionKind.Allowed), "every tag key is listed");
            Assert.That(Decide(Statements, Request("lambda:TagResource", Function, ("aws:TagKeys", ["env", "owner"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "owner is not listed");
        });
    }

    [Test]
    public void ForAnyValueOnAMissingKeyIsFalse()
    {
        const string Statements = """{"Effect": "Allow", "Action": "lambda:TagResource", "Resource": "*", "Condition": {"ForAnyValue:StringEquals": {"aws:TagKeys": "team"}}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("lambda:TagResource", Function)).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "ForAnyValue with the key absent must not hold");
            Assert.That(Decide(Statements, Request("lambda:TagResource", Function, ("aws:TagKeys", ["owner", "team"]))).Kind, Is.EqualTo(IamDecisionKind.Allowed), "one listed value is enough");
        });
    }

    [Test]
    public void IfExistsOnAMissingKeyIsTrueAndChecksAPresentOne()
    {
        const string Statements = """{"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*", "Condition": {"StringEqualsIfExists": {"ec2:InstanceType": "t3.micro"}}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("ec2:RunInstances", "*")).Kind, Is.EqualTo(IamDecisionKind.Allowed), "IfExists with the key absent must hold");
            Assert.That(Decide(Statements, Request("ec2:RunInstances", "*", ("ec2:InstanceType", ["m5.large"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "IfExists with the key present must compare it");
        });
    }

    [Test]
    public void IfExistsMakesForAnyValueOnAMissingKeyTrue()
    {
        const string Statements = """{"Effect": "Allow", "Action": "lambda:TagResource", "Resource": "*", "Condition": {"ForAnyValue:StringEqualsIfExists": {"aws:TagKeys": "team"}}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("lambda:TagResource", Function)).Kind, Is.EqualTo(IamDecisionKind.Allowed), "...IfExists on an absent key must hold, whatever the qualifier");
            Assert.That(Decide(Statements, Request("lambda:TagResource", Function, ("aws:TagKeys", ["owner"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "with the key present ForAnyValue must still compare");
        });
    }

    [Test]
    public void ArnLikeComparesEachPartOfTheARNOnItsOwn()
    {
        static IamDecision Deny(string pattern, string sourceArn) => Decide(
            """{"Effect": "Allow", "Action": "sqs:*", "Resource": "*"}, {"Effect": "Deny", "Action": "sqs:*", "Resource": "*", "Condition": {"ArnLike": {"aws:SourceArn": """ + "\"" + pattern + "\"}}}",
            Request("sqs:SendMessage", "arn:aws:sqs:eu-west-1:536580886816:orders", ("aws:SourceArn", [sourceArn])));

        Assert.Multiple(() =>
        {
            Assert.That(Deny("arn:aws:sqs:*:*:*", "arn:aws:sqs:eu-west-1:536580886816:orders").Kind, Is.EqualTo(IamDecisionKind.ExplicitDeny), "one * per part must match any SQS ARN");
            Assert.That(Deny("arn:aws:sqs:*:*:*", "arn:aws:sns:eu-west-1:536580886816:orders").Kind, Is.EqualTo(IamDecisionKind.Allowed), "an SNS ARN must not match the sqs service part");
            Assert.That(Deny("arn:aws:*:eu-west-1:*:orders", "arn:aws:sqs:af-south-1:536580886816:orders").Kind, Is.EqualTo(IamDecisionKind.Allowed), "the region part must be compared on its own");
            Assert.That(Deny("arn:aws:*:*:*:*", "arn:aws:lambda:eu-west-1:536580886816:function:api-1").Kind, Is.EqualTo(IamDecisionKind.ExplicitDeny), "the last part keeps its own colons");
        });
    }

    [Test]
    public void APlainOperatorOnAMissingKeyIsFalseAndANegatedOneIsTrue()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Decide("""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalTag/team": "platform"}}}""", Request("s3:GetObject", Bucket + "/x")).Kind,
                Is.EqualTo(IamDecisionKind.ImplicitDeny), "StringEquals on an absent key must not hold");
            Assert.That(Decide("""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringNotEquals": {"aws:PrincipalTag/team": "platform"}}}""", Request("s3:GetObject", Bucket + "/x")).Kind,
                Is.EqualTo(IamDecisionKind.Allowed), "StringNotEquals on an absent key must hold");
        });
    }

    [Test]
    public void ContextKeysAreFoundCaseInsensitively()
    {
        var request = new IamRequest("s3:GetObject", Bucket + "/x", Role, Account, new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["AWS:SECURETRANSPORT"] = ["true"] });

        var decision = Decide("""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}""", request);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"aws:SecureTransport must find AWS:SECURETRANSPORT: {decision}");
    }

    [Test]
    public void PassRoleIsAllowedOnlyToTheServiceNamedByIamPassedToService()
    {
        const string Statements = """{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::536580886816:role/2-1-bbws-*", "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}}""";
        const string Passed = "arn:aws:iam::536580886816:role/2-1-bbws-product-api-dev";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("iam:PassRole", Passed, ("iam:PassedToService", ["lambda.amazonaws.com"]))).Kind, Is.EqualTo(IamDecisionKind.Allowed), "passing to Lambda must be allowed");
            Assert.That(Decide(Statements, Request("iam:PassRole", Passed, ("iam:PassedToService", ["ec2.amazonaws.com"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "passing to EC2 must not be allowed");
            Assert.That(Decide(Statements, Request("iam:PassRole", Passed)).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "a PassRole without the key must not be allowed");
        });
    }

    [Test]
    public void NumericOperatorsCompareNumbersNotText()
    {
        const string Statements = """{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": 3600}}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("sts:AssumeRole", Role, ("aws:MultiFactorAuthAge", ["900"]))).Kind, Is.EqualTo(IamDecisionKind.Allowed), "900 < 3600");
            Assert.That(Decide(Statements, Request("sts:AssumeRole", Role, ("aws:MultiFactorAuthAge", ["10000"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "10000 is not < 3600 (though '10000' < '3600' as text)");
            Assert.That(Decide(Statements, Request("sts:AssumeRole", Role, ("aws:MultiFactorAuthAge", ["soon"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "a value that is not a number must not match");
        });
    }

    [Test]
    public void NullChecksWhetherTheKeyIsPresent()
    {
        const string Statements = """{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Null": {"aws:MultiFactorAuthAge": "true"}}}, {"Effect": "Allow", "Action": "*", "Resource": "*"}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("s3:GetObject", Bucket + "/x")).Kind, Is.EqualTo(IamDecisionKind.ExplicitDeny), "Null true must hold when the key is absent");
            Assert.That(Decide(Statements, Request("s3:GetObject", Bucket + "/x", ("aws:MultiFactorAuthAge", ["5"]))).Kind, Is.EqualTo(IamDecisionKind.Allowed), "Null true must not hold when the key is present");
        });
    }

    [Test]
    public void AllOperatorsAndAllKeysOfAStatementMustHold()
    {
        const string Statements = """{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"s3:x-amz-acl": "private", "aws:PrincipalAccount": "536580886816"}}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("s3:PutObject", Bucket + "/x", ("aws:SecureTransport", ["true"]), ("s3:x-amz-acl", ["private"]))).Kind, Is.EqualTo(IamDecisionKind.Allowed), "every clause holds");
            Assert.That(Decide(Statements, Request("s3:PutObject", Bucket + "/x", ("aws:SecureTransport", ["true"]), ("s3:x-amz-acl", ["public-read"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "the second key of StringEquals fails");
            Assert.That(Decide(Statements, Request("s3:PutObject", Bucket + "/x", ("aws:SecureTransport", ["false"]), ("s3:x-amz-acl", ["private"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "the Bool operator fails");
        });
    }
}
