using Infra.Permissions;

namespace Infra.Tests.Permissions;

public class PolicyEvaluatorTests
{
    private const string Account = "536580886816";
    private const string Role = "arn:aws:iam::536580886816:role/2-1-bbws-github-deploy-dev";
    private const string Function = "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev";
    private const string Bucket = "arn:aws:s3:::2-1-bbws-tfstate-dev";
    private const string Key = "arn:aws:kms:eu-west-1:536580886816:key/${aws_kms_key.state_key_key.key_id}";

    private static IamPolicyDocument Policy(string statements, string name = "identity") =>
        IamPolicyDocument.Parse($$"""{"Version": "2012-10-17", "Statement": [{{statements}}]}""", name);

    private static IamRequest Request(string action, string resource, params (string Key, string[] Values)[] context) =>
        new(action, resource, Role, Account, context.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Values, StringComparer.OrdinalIgnoreCase));

    private static IamDecision Decide(string identityStatements, IamRequest request) =>
        new PolicyEvaluator([Policy(identityStatements)]).Evaluate(request);

    [Test]
    public void An_explicit_deny_beats_an_allow_of_the_same_action()
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
    public void A_request_no_statement_matches_is_implicitly_denied()
    {
        var decision = Decide("""{"Effect": "Allow", "Action": "lambda:GetFunction", "Resource": "*"}""", Request("lambda:DeleteFunction", Function));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"nothing allows lambda:DeleteFunction: {decision}");
    }

    [Test]
    public void A_role_with_no_policies_is_implicitly_denied()
    {
        var decision = new PolicyEvaluator([]).Evaluate(Request("lambda:GetFunction", Function));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"no policy means no allow: {decision}");
    }

    [Test]
    public void A_NotAction_allow_allows_other_actions_but_a_deny_still_wins()
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
    public void A_NotResource_allow_allows_every_resource_except_the_listed_ones()
    {
        const string Statements = """{"Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::2-1-bbws-tfstate-dev/secrets/*"}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("s3:GetObject", "arn:aws:s3:::any-other-bucket/key")).Kind, Is.EqualTo(IamDecisionKind.Allowed), "NotResource must allow a resource it does not list, even one in another bucket");
            Assert.That(Decide(Statements, Request("s3:GetObject", "arn:aws:s3:::2-1-bbws-tfstate-dev/secrets/token")).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "NotResource must not allow a listed resource");
        });
    }

    [Test]
    public void A_NotResource_pattern_of_another_service_leaves_this_service_covered()
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
    public void A_question_mark_matches_exactly_one_character()
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
    public void Actions_match_case_insensitively()
    {
        var decision = Decide("""{"Effect": "Allow", "Action": "LAMBDA:getfunction*", "Resource": "*"}""", Request("lambda:GetFunctionConfiguration", Function));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"IAM compares actions case-insensitively: {decision}");
    }

    [Test]
    public void Resource_ARNs_match_case_sensitively()
    {
        var decision = Decide("""{"Effect": "Allow", "Action": "lambda:GetFunction", "Resource": "arn:aws:lambda:eu-west-1:536580886816:function:2-1-BBWS-*"}""", Request("lambda:GetFunction", Function));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"IAM compares ARNs case-sensitively, so BBWS must not match bbws: {decision}");
    }

    [Test]
    public void A_star_in_a_resource_matches_across_colons_and_slashes()
    {
        var decision = Decide("""{"Effect": "Allow", "Action": "logs:*", "Resource": "arn:aws:logs:*"}""", Request("logs:PutRetentionPolicy", "arn:aws:logs:eu-west-1:536580886816:log-group:/aws/lambda/x"));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"* in a Resource must run over ':' and '/': {decision}");
    }

    [Test]
    public void A_token_for_a_value_known_only_after_apply_matches_a_wildcard_and_itself()
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
    public void StringLike_matches_with_wildcards()
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
    public void ArnLike_matches_the_principal_arn_the_evaluator_supplies()
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
    public void A_bucket_policy_denies_requests_without_TLS()
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

    private const string LowerAccount = "815856636111";
    private const string LowerBundles = "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/bundles/*";

    private static ResourcePolicy LowerBucketPolicy(string principal) => new(
        Policy($$"""{"Sid": "NextStackReadsBundles", "Effect": "Allow", "Principal": {"AWS": "{{principal}}"}, "Action": "s3:GetObject", "Resource": "{{LowerBundles}}"}""", "lower-bucket-policy"),
        ResourcePolicyKind.S3Bucket,
        "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111");

    private static IamRequest CrossAccount(string action, string resource) => Request(action, resource) with { ResourceAccount = LowerAccount };

    [Test]
    public void Across_accounts_an_identity_allow_without_the_resource_policy_is_denied()
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
    public void Across_accounts_a_resource_policy_allow_without_the_identity_policy_is_denied()
    {
        var evaluator = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "lambda:GetFunction", "Resource": "*"}""")]);

        var decision = evaluator.Evaluate(CrossAccount("s3:GetObject", "arn:aws:s3:::2-1-bbws-artifacts-sit-815856636111/bundles/c/s.zip"), [LowerBucketPolicy(Role)]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"a bucket policy naming the role of another account is not enough: its own identity policy must allow too: {decision}");
    }

    [TestCase(Role)]
    [TestCase("arn:aws:iam::536580886816:root")]
    public void Across_accounts_the_identity_policy_and_a_resource_policy_naming_the_role_or_its_account_allow(string principal)
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
    public void Across_accounts_a_key_policy_naming_the_role_still_needs_the_identity_policy()
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

    [Test]
    public void ForAllValues_on_a_missing_key_is_true()
    {
        // The surprising case: ForAllValues over an empty set is vacuously true, so this Allow applies without tags.
        var decision = Decide(
            """{"Effect": "Allow", "Action": "lambda:TagResource", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["team", "env"]}}}""",
            Request("lambda:TagResource", Function));

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"ForAllValues with the key absent must hold: {decision}");
    }

    [Test]
    public void ForAllValues_requires_every_request_value_to_match()
    {
        const string Statements = """{"Effect": "Allow", "Action": "lambda:TagResource", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["team", "env"]}}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("lambda:TagResource", Function, ("aws:TagKeys", ["env", "team"]))).Kind, Is.EqualTo(IamDecisionKind.Allowed), "every tag key is listed");
            Assert.That(Decide(Statements, Request("lambda:TagResource", Function, ("aws:TagKeys", ["env", "owner"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "owner is not listed");
        });
    }

    [Test]
    public void ForAnyValue_on_a_missing_key_is_false()
    {
        const string Statements = """{"Effect": "Allow", "Action": "lambda:TagResource", "Resource": "*", "Condition": {"ForAnyValue:StringEquals": {"aws:TagKeys": "team"}}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("lambda:TagResource", Function)).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "ForAnyValue with the key absent must not hold");
            Assert.That(Decide(Statements, Request("lambda:TagResource", Function, ("aws:TagKeys", ["owner", "team"]))).Kind, Is.EqualTo(IamDecisionKind.Allowed), "one listed value is enough");
        });
    }

    [Test]
    public void IfExists_on_a_missing_key_is_true_and_checks_a_present_one()
    {
        const string Statements = """{"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*", "Condition": {"StringEqualsIfExists": {"ec2:InstanceType": "t3.micro"}}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("ec2:RunInstances", "*")).Kind, Is.EqualTo(IamDecisionKind.Allowed), "IfExists with the key absent must hold");
            Assert.That(Decide(Statements, Request("ec2:RunInstances", "*", ("ec2:InstanceType", ["m5.large"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "IfExists with the key present must compare it");
        });
    }

    [Test]
    public void IfExists_makes_ForAnyValue_on_a_missing_key_true()
    {
        const string Statements = """{"Effect": "Allow", "Action": "lambda:TagResource", "Resource": "*", "Condition": {"ForAnyValue:StringEqualsIfExists": {"aws:TagKeys": "team"}}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("lambda:TagResource", Function)).Kind, Is.EqualTo(IamDecisionKind.Allowed), "...IfExists on an absent key must hold, whatever the qualifier");
            Assert.That(Decide(Statements, Request("lambda:TagResource", Function, ("aws:TagKeys", ["owner"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "with the key present ForAnyValue must still compare");
        });
    }

    [Test]
    public void ArnLike_compares_each_part_of_the_ARN_on_its_own()
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
    public void A_plain_operator_on_a_missing_key_is_false_and_a_negated_one_is_true()
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
    public void Context_keys_are_found_case_insensitively()
    {
        var request = new IamRequest("s3:GetObject", Bucket + "/x", Role, Account, new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["AWS:SECURETRANSPORT"] = ["true"] });

        var decision = Decide("""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}""", request);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"aws:SecureTransport must find AWS:SECURETRANSPORT: {decision}");
    }

    [Test]
    public void PassRole_is_allowed_only_to_the_service_named_by_iam_PassedToService()
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
    public void Numeric_operators_compare_numbers_not_text()
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
    public void Null_checks_whether_the_key_is_present()
    {
        const string Statements = """{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Null": {"aws:MultiFactorAuthAge": "true"}}}, {"Effect": "Allow", "Action": "*", "Resource": "*"}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("s3:GetObject", Bucket + "/x")).Kind, Is.EqualTo(IamDecisionKind.ExplicitDeny), "Null true must hold when the key is absent");
            Assert.That(Decide(Statements, Request("s3:GetObject", Bucket + "/x", ("aws:MultiFactorAuthAge", ["5"]))).Kind, Is.EqualTo(IamDecisionKind.Allowed), "Null true must not hold when the key is present");
        });
    }

    [Test]
    public void All_operators_and_all_keys_of_a_statement_must_hold()
    {
        const string Statements = """{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"s3:x-amz-acl": "private", "aws:PrincipalAccount": "536580886816"}}}""";

        Assert.Multiple(() =>
        {
            Assert.That(Decide(Statements, Request("s3:PutObject", Bucket + "/x", ("aws:SecureTransport", ["true"]), ("s3:x-amz-acl", ["private"]))).Kind, Is.EqualTo(IamDecisionKind.Allowed), "every clause holds");
            Assert.That(Decide(Statements, Request("s3:PutObject", Bucket + "/x", ("aws:SecureTransport", ["true"]), ("s3:x-amz-acl", ["public-read"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "the second key of StringEquals fails");
            Assert.That(Decide(Statements, Request("s3:PutObject", Bucket + "/x", ("aws:SecureTransport", ["false"]), ("s3:x-amz-acl", ["private"]))).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "the Bool operator fails");
        });
    }

    [Test]
    public void A_key_policy_without_account_delegation_denies_even_with_an_identity_allow()
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
    public void A_key_policy_delegating_to_the_account_needs_an_identity_allow_too()
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
    public void A_key_policy_delegating_by_account_id_counts_as_delegation()
    {
        var keyPolicy = new ResourcePolicy(
            Policy("""{"Effect": "Allow", "Principal": {"AWS": "536580886816"}, "Action": "kms:*", "Resource": "*"}""", "state-key-policy"),
            ResourcePolicyKind.KmsKey,
            Key);

        var decision = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}""")]).Evaluate(Request("kms:Decrypt", Key), [keyPolicy]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"a bare account id is the account principal: {decision}");
    }

    [Test]
    public void A_key_policy_naming_the_role_allows_without_an_identity_allow()
    {
        var keyPolicy = new ResourcePolicy(
            Policy($$"""{"Effect": "Allow", "Principal": {"AWS": "{{Role}}"}, "Action": "kms:Decrypt", "Resource": "*"}""", "state-key-policy"),
            ResourcePolicyKind.KmsKey,
            Key);

        var decision = new PolicyEvaluator([]).Evaluate(Request("kms:Decrypt", Key), [keyPolicy]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"the key policy alone may allow the role it names: {decision}");
    }

    [Test]
    public void A_permissions_boundary_limits_what_the_identity_policy_allows()
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
    public void A_permissions_boundary_limits_a_resource_policy_grant_to_the_role_ARN_but_not_one_to_everyone()
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
    public void A_permissions_boundary_alone_allows_nothing()
    {
        var evaluator = new PolicyEvaluator([], Policy("""{"Effect": "Allow", "Action": "*", "Resource": "*"}""", "boundary"));

        Assert.That(evaluator.Evaluate(Request("lambda:GetFunction", Function)).Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), "a boundary sets a maximum, it grants nothing");
    }

    [Test]
    public void A_bucket_policy_allowing_the_role_ARN_allows_without_an_identity_policy()
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
    public void A_bucket_policy_allowing_only_the_account_does_not_allow_by_itself()
    {
        var bucketPolicy = new ResourcePolicy(
            Policy("""{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::536580886816:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::2-1-bbws-tfstate-dev/*"}""", "tfstate-bucket-policy"),
            ResourcePolicyKind.S3Bucket,
            Bucket);

        var decision = new PolicyEvaluator([]).Evaluate(Request("s3:GetObject", Bucket + "/dev.tfstate"), [bucketPolicy]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.ImplicitDeny), $"naming the account delegates to its IAM policies, which allow nothing here: {decision}");
    }

    [Test]
    public void A_resource_policy_for_another_resource_takes_no_part()
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
    public void A_resource_policy_statement_for_a_service_principal_does_not_apply_to_the_role()
    {
        var bucketPolicy = new ResourcePolicy(
            Policy("""{"Effect": "Deny", "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": "s3:*", "Resource": "*"}""", "tfstate-bucket-policy"),
            ResourcePolicyKind.S3Bucket,
            Bucket);
        var evaluator = new PolicyEvaluator([Policy("""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}""")]);

        var decision = evaluator.Evaluate(Request("s3:GetObject", Bucket + "/dev.tfstate"), [bucketPolicy]);

        Assert.That(decision.Kind, Is.EqualTo(IamDecisionKind.Allowed), $"a Deny for a service principal must not deny the role: {decision}");
    }

    [Test]
    public void Statements_indexed_by_service_still_see_wildcard_and_NotAction_statements()
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
