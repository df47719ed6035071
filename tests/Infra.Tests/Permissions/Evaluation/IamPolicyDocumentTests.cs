using Infra.Permissions;

namespace Infra.Tests.Permissions;

public class IamPolicyTests
{
    private const string Name = "2-1-bbws-github-deploy-dev-ledger";

    public static IEnumerable<TestCaseData> MalformedPolicies()
    {
        static TestCaseData Case(string what, string json, params string[] mentions) =>
            new TestCaseData(json, mentions).SetName("Rejects " + what);

        yield return Case("a document that is not JSON", """{"Statement": [""", Name, "not valid JSON", "line 1");
        yield return Case("a document without Statement", """{"Version": "2012-10-17"}""", Name, "'Statement' is missing");
        yield return Case("a statement that is not an object", """{"Statement": ["Allow"]}""", Name, "Statement[0]", "JSON object");
        yield return Case("an Effect other than Allow or Deny", """{"Statement": [{"Effect": "allow", "Action": "s3:*", "Resource": "*"}]}""", "Statement[0]", "'Effect'", "\"Allow\" or \"Deny\"");
        yield return Case("a statement without Action or NotAction", """{"Statement": [{"Effect": "Allow", "Resource": "*"}]}""", "Statement[0]", "'Action' is missing");
        yield return Case("a statement with both Action and NotAction", """{"Statement": [{"Effect": "Allow", "Action": "s3:*", "NotAction": "iam:*", "Resource": "*"}]}""", "'Action' and 'NotAction'", "keep one");
        yield return Case("an action without a service prefix", """{"Statement": [{"Effect": "Allow", "Action": "GetObject", "Resource": "*"}]}""", "'Action'", "'GetObject'", "'service:Action'");
        yield return Case("an Action that is a number", """{"Statement": [{"Effect": "Allow", "Action": 3, "Resource": "*"}]}""", "'Action'", "string or an array of strings");
        yield return Case("an identity statement without Resource", """{"Statement": [{"Sid": "S", "Effect": "Allow", "Action": "s3:*"}]}""", "Statement[0] (Sid 'S')", "'Resource' is missing", "\"*\" for all");
        yield return Case("a misspelt field", """{"Statement": [{"Effect": "Allow", "Actions": "s3:*", "Resource": "*"}]}""", "unknown field 'Actions'");
        yield return Case("an unknown condition operator", """{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"StringSortOf": {"aws:x": "y"}}}]}""", "'Condition.StringSortOf'", "unknown condition operator");
        yield return Case("a numeric condition on a word", """{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "soon"}}}]}""", "'soon'", "not a number");
        yield return Case("an ARN condition value without six parts", """{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:sqs:*"}}}]}""", "'Condition.ArnLike'", "six colon-separated parts", "'arn:aws:sqs:*:*:*'");
        yield return Case("a Principal string other than *", """{"Statement": [{"Effect": "Allow", "Principal": "arn:aws:iam::536580886816:root", "Action": "s3:*"}]}""", "'Principal'", "{\"AWS\":");
        yield return Case("a second statement's fault by its index", """{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}, {"Effect": "Allow", "Action": [], "Resource": "*"}]}""", "Statement[1]", "'Action' is empty");
    }

    [TestCaseSource(nameof(MalformedPolicies))]
    public void AMalformedPolicyIsAnErrorNamingThePolicyTheStatementAndTheField(string json, string[] mentions)
    {
        var error = Assert.Throws<InfraException>(() => IamPolicyDocument.Parse(json, Name));

        Assert.That(error!.Message, Does.Contain(Name), "the message must name the policy");
        foreach (var mention in mentions)
        {
            Assert.That(error.Message, Does.Contain(mention), $"the message must say what is wrong and how to fix it: {error.Message}");
        }
    }

    [Test]
    public void ASingleStatementObjectAndStringFieldsAreAccepted()
    {
        var policy = IamPolicyDocument.Parse("""{"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}""", Name);

        Assert.That(policy.StatementCount, Is.EqualTo(1), "Statement may be one object rather than an array");
    }

    [Test]
    public void AResourcePolicyStatementMayOmitResource()
    {
        var policy = IamPolicyDocument.Parse("""{"Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}""", "trust");

        Assert.That(policy.NamesPrincipals, Is.True, "a statement with a Principal and no Resource is a resource (trust) policy statement");
    }

    [Test]
    public void AnIdentityPolicyWithAPrincipalIsRejectedByTheEvaluator()
    {
        var policy = IamPolicyDocument.Parse("""{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}]}""", Name);

        var error = Assert.Throws<InfraException>(() => _ = new PolicyEvaluator([policy]));

        Assert.That(error!.Message, Does.Contain(Name).And.Contain("Statement[0]").And.Contain("'Principal' is not allowed in an identity policy"), "the message must name the policy, the statement and the field");
    }

    [Test]
    public void AResourcePolicyStatementWithoutAPrincipalIsRejected()
    {
        var policy = IamPolicyDocument.Parse("""{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}""", "bucket-policy");

        var error = Assert.Throws<InfraException>(() => _ = new ResourcePolicy(policy, ResourcePolicyKind.S3Bucket, "arn:aws:s3:::b"));

        Assert.That(error!.Message, Does.Contain("bucket-policy").And.Contain("Statement[0]").And.Contain("'Principal' is missing"), "the message must name the policy, the statement and the field");
    }
}
