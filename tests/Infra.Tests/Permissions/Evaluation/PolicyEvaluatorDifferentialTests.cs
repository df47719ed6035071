using Infra.Permissions;
using Infra.Tests.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Permissions;

/// <summary>
/// Compares <see cref="PolicyEvaluator"/> with an independent evaluator (<see cref="IamOracle"/>) on a few hundred
/// generated requests: wildcard and NotAction actions, NotResource, every supported condition operator with the key
/// present and absent, permissions boundaries, bucket and key policies. The cases are generated from a fixed seed, so a
/// disagreement reproduces.
/// </summary>
public class PolicyEvaluatorDifferentialTests
{
    private const int Seed = 20261204;
    private const int CaseCount = 400;
    private const string Account = "536580886816";
    private const string Role = "arn:aws:iam::536580886816:role/2-1-bbws-github-deploy-dev";
    private const string KeyArn = "arn:aws:kms:eu-west-1:536580886816:key/1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b";

    // Real actions on resources they take, so that the oracle's validation accepts every case.
    private static readonly (string Action, string Resource)[] Requests =
    [
        ("s3:GetObject", "arn:aws:s3:::bucket-a/env/dev.tfstate"),
        ("s3:PutObject", "arn:aws:s3:::bucket-a/env/dev.tfstate"),
        ("s3:GetObject", "arn:aws:s3:::bucket-b/secrets/token"),
        ("s3:ListBucket", "arn:aws:s3:::bucket-a"),
        ("lambda:GetFunction", "arn:aws:lambda:eu-west-1:536580886816:function:api-1"),
        ("lambda:DeleteFunction", "arn:aws:lambda:eu-west-1:536580886816:function:api-12"),
        ("lambda:InvokeFunction", "arn:aws:lambda:af-south-1:536580886816:function:API-2"),
        ("dynamodb:GetItem", "arn:aws:dynamodb:eu-west-1:536580886816:table/products"),
        ("dynamodb:PutItem", "arn:aws:dynamodb:eu-west-1:536580886816:table/orders"),
        ("sqs:SendMessage", "arn:aws:sqs:eu-west-1:536580886816:orders"),
        ("iam:GetRole", "arn:aws:iam::536580886816:role/2-1-bbws-product-api-dev"),
        ("kms:Decrypt", KeyArn),
        ("kms:Encrypt", KeyArn),
    ];

    private static readonly string[] ActionPatterns =
    [
        "s3:GetObject", "s3:Get*", "s3:*", "*", "S3:getobject", "s3:?utObject", "s3:List*",
        "lambda:*Function", "lambda:?etFunction", "lambda:Get*", "LAMBDA:*",
        "dynamodb:*Item", "dynamodb:GetItem", "sqs:Send*", "iam:Get*", "kms:Decrypt", "kms:*", "kms:*crypt",
    ];

    private static readonly string[] ResourcePatterns =
    [
        "*", "arn:aws:s3:::bucket-a/*", "arn:aws:s3:::bucket-?/*", "arn:aws:s3:::bucket-a", "arn:aws:s3:::*/secrets/*",
        "arn:aws:lambda:*:536580886816:function:api-*", "arn:aws:lambda:eu-west-1:536580886816:function:api-?",
        "arn:aws:lambda:*:*:function:API-*", "arn:aws:dynamodb:*", "arn:aws:*:*:536580886816:*",
        "arn:aws:iam::536580886816:role/2-1-*", "arn:aws:sqs:eu-west-1:536580886816:orders", "arn:aws:kms:*:536580886816:key/*",
    ];

    // Only patterns with all six ARN parts: the oracle treats a shorter NotResource pattern ("arn:aws:dynamodb:*") as
    // naming every resource, so a NotResource statement with one never applies, although the same pattern under
    // Resource matches only its own service. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html
    // defines NotResource as every resource except those the patterns match, which PolicyEvaluator follows (see
    // PolicyEvaluatorTests.ANotResourcePatternOfAnotherServiceLeavesThisServiceCovered).
    private static readonly string[] NotResourcePatterns = [.. ResourcePatterns.Where(p => p == "*" || p.Split(':').Length >= 6)];

    // (operator, key, values): every supported operator family, qualifiers and IfExists, on keys the cases set or omit.
    private static readonly (string Operator, string Key, string[] Values)[] Clauses =
    [
        ("Bool", "aws:SecureTransport", ["true"]),
        ("Bool", "aws:SecureTransport", ["false"]),
        ("BoolIfExists", "aws:SecureTransport", ["true"]),
        ("StringEquals", "aws:PrincipalTag/team", ["platform"]),
        ("StringEquals", "aws:PrincipalTag/team", ["platform", "data"]),
        ("StringNotEquals", "aws:PrincipalTag/team", ["platform"]),
        ("StringEqualsIgnoreCase", "aws:PrincipalTag/team", ["PLATFORM"]),
        ("StringNotEqualsIgnoreCase", "aws:PrincipalTag/team", ["PLATFORM"]),
        ("StringLike", "aws:PrincipalTag/team", ["plat*"]),
        ("StringLike", "aws:PrincipalTag/team", ["dat?"]),
        ("StringNotLike", "aws:PrincipalTag/team", ["plat*"]),
        ("StringEqualsIfExists", "aws:PrincipalTag/team", ["platform"]),
        ("StringNotEqualsIfExists", "aws:PrincipalTag/team", ["platform"]),
        ("StringLikeIfExists", "aws:PrincipalTag/team", ["d*"]),
        ("StringEquals", "aws:RequestedRegion", ["eu-west-1"]),
        ("ArnLike", "aws:PrincipalArn", ["arn:aws:iam::*:role/2-1-bbws-*"]),
        ("ArnLike", "aws:PrincipalArn", ["arn:aws:iam::*:role/other-*"]),
        ("ArnEquals", "aws:PrincipalArn", [Role]),
        ("ArnNotLike", "aws:PrincipalArn", ["arn:aws:iam::*:role/2-1-bbws-github-*"]),
        ("ArnNotEquals", "aws:PrincipalArn", ["arn:aws:iam::536580886816:role/other"]),
        ("ArnLike", "aws:SourceArn", ["arn:aws:lambda:*:536580886816:function:*"]),
        ("ArnNotLikeIfExists", "aws:SourceArn", ["arn:aws:sqs:*:*:*"]),
        ("StringEquals", "aws:PrincipalAccount", [Account]),
        ("NumericLessThan", "aws:MultiFactorAuthAge", ["3600"]),
        ("NumericGreaterThanEquals", "aws:MultiFactorAuthAge", ["3600"]),
        ("NumericEquals", "aws:MultiFactorAuthAge", ["100"]),
        ("NumericNotEquals", "aws:MultiFactorAuthAge", ["100"]),
        ("NumericLessThanEqualsIfExists", "aws:MultiFactorAuthAge", ["100"]),
        ("Null", "aws:PrincipalTag/team", ["true"]),
        ("Null", "aws:MultiFactorAuthAge", ["false"]),
        ("ForAllValues:StringEquals", "aws:TagKeys", ["team", "env"]),
        ("ForAnyValue:StringEquals", "aws:TagKeys", ["team"]),
        ("ForAnyValue:StringLike", "aws:TagKeys", ["o*"]),
        ("ForAllValues:StringLike", "aws:TagKeys", ["t*", "e*"]),
        ("ForAnyValue:StringNotEquals", "aws:TagKeys", ["team"]),
        ("ForAllValues:StringNotEquals", "aws:TagKeys", ["owner"]),
        // Not ForAnyValue:...IfExists: the oracle takes it as false on an absent key, where
        // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists
        // says an ...IfExists condition on an absent key is true, which PolicyEvaluator follows (see
        // PolicyEvaluatorTests.IfExistsMakesForAnyValueOnAMissingKeyTrue).
    ];

    // Each key's possible values in a request; null leaves the key out.
    private static readonly (string Key, string[]?[] Choices)[] ContextChoices =
    [
        ("aws:SecureTransport", [null, ["true"], ["false"]]),
        ("aws:PrincipalTag/team", [null, ["platform"], ["Platform"], ["data"]]),
        ("aws:RequestedRegion", [null, ["eu-west-1"], ["af-south-1"]]),
        ("aws:SourceArn", [null, ["arn:aws:lambda:eu-west-1:536580886816:function:api-1"], ["arn:aws:sqs:eu-west-1:536580886816:orders"]]),
        ("aws:MultiFactorAuthAge", [null, ["100"], ["7200"]]),
        ("aws:TagKeys", [null, ["team"], ["team", "env"], ["team", "owner"], ["owner"]]),
    ];

    private static readonly string[] ResourcePrincipals =
    [
        "\"*\"", $$"""{"AWS": "{{Role}}"}""", $$"""{"AWS": ["{{Role}}"]}""", """{"AWS": "arn:aws:iam::536580886816:root"}""",
        """{"AWS": "536580886816"}""", """{"AWS": "arn:aws:iam::536580886816:role/someone-else"}""", """{"Service": "lambda.amazonaws.com"}""",
    ];

    [Test]
    public void TheEvaluatorDecidesEveryGeneratedRequestAsTheIndependentEvaluatorDoes()
    {
        IamOracle.RequireOrIgnore();
        var cases = Generate(new Random(Seed), CaseCount);

        var oracle = IamOracle.Decisions(cases);

        var rejected = cases.Zip(oracle).Where(p => p.Second.StartsWith("Error", StringComparison.Ordinal)).ToList();
        Assert.That(rejected.Count, Is.Zero, $"the oracle rejected {rejected.Count} generated cases; the generator must produce only valid requests:\n{Describe(rejected.Take(3).Select(p => (p.First, p.Second, "-")))}");

        var disagreements = cases
            .Select((c, i) => (Case: c, Oracle: oracle[i], Ours: Ours(c).Kind.ToString()))
            .Where(d => d.Oracle != d.Ours)
            .ToList();
        Assert.That(disagreements.Count, Is.Zero, $"{disagreements.Count} of {cases.Count} cases decided differently from the oracle:\n{Describe(disagreements.Take(10))}");

        // A generator that only produced implicit denies would agree trivially: every outcome must be exercised.
        Assert.That(oracle.Distinct().Order(StringComparer.Ordinal), Is.EqualTo(new[] { "Allowed", "ExplicitDeny", "ImplicitDeny" }), "the generated cases must include allowed, explicitly and implicitly denied requests");
    }

    [Test]
    public void TheGeneratedCasesAreTheSameOnEveryRun()
    {
        var first = Generate(new Random(Seed), 50).Select(c => IamOracle.ToJson(c).ToString(Formatting.None));
        var second = Generate(new Random(Seed), 50).Select(c => IamOracle.ToJson(c).ToString(Formatting.None));

        Assert.That(first, Is.EqualTo(second), "a disagreement must reproduce: generation may depend only on the seed");
    }

    private static IamDecision Ours(OracleCase c)
    {
        var identity = c.IdentityPolicies.Select((p, i) => IamPolicyDocument.Parse(p, $"identity-{i}")).ToList();
        var boundary = c.PermissionsBoundary is null ? null : IamPolicyDocument.Parse(c.PermissionsBoundary, "boundary");
        var resourcePolicies = c.ResourcePolicy is null
            ? null
            : new[] { new ResourcePolicy(IamPolicyDocument.Parse(c.ResourcePolicy, "resource"), c.ResourcePolicyKind, GovernedArn(c)) };
        return new PolicyEvaluator(identity, boundary).Evaluate(c.Request, resourcePolicies);
    }

    // The resource the case's resource policy is attached to: the bucket of an object, else the resource itself.
    private static string GovernedArn(OracleCase c) =>
        c.ResourcePolicyKind == ResourcePolicyKind.S3Bucket && c.Request.Resource.IndexOf('/', StringComparison.Ordinal) is var slash and > 0
            ? c.Request.Resource[..slash]
            : c.Request.Resource;

    private static string Describe(IEnumerable<(OracleCase Case, string Oracle, string Ours)> cases) =>
        string.Join("\n", cases.Select(d => $"oracle {d.Oracle}, ours {d.Ours}: {IamOracle.ToJson(d.Case).ToString(Formatting.None)}"));

    private static List<OracleCase> Generate(Random random, int count)
    {
        var cases = new List<OracleCase>(count);
        for (var i = 0; i < count; i++)
        {
            var (action, resource) = Pick(random, Requests);
            var identity = new List<string> { PolicyJson(random, random.Next(1, 5), principals: false) };
            if (random.Next(4) == 0)
            {
                identity.Add(PolicyJson(random, random.Next(1, 3), principals: false));
            }

            var boundary = random.Next(5) == 0 ? PolicyJson(random, random.Next(1, 3), principals: false) : null;
            var kind = action.StartsWith("kms:", StringComparison.Ordinal) ? ResourcePolicyKind.KmsKey
                : action.StartsWith("s3:", StringComparison.Ordinal) ? ResourcePolicyKind.S3Bucket
                : ResourcePolicyKind.Other;

            // A key always has a key policy; S3 buckets sometimes have a bucket policy.
            var resourcePolicy = kind == ResourcePolicyKind.KmsKey || (kind == ResourcePolicyKind.S3Bucket && random.Next(3) == 0)
                ? PolicyJson(random, random.Next(1, 4), principals: true)
                : null;

            var context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, choices) in ContextChoices)
            {
                if (Pick(random, choices) is { } values)
                {
                    context[key] = values;
                }
            }

            cases.Add(new OracleCase(identity, new IamRequest(action, resource, Role, Account, context), resourcePolicy, kind, boundary));
        }

        return cases;
    }

    private static string PolicyJson(Random random, int statements, bool principals)
    {
        var array = new JArray();
        for (var i = 0; i < statements; i++)
        {
            var statement = new JObject { ["Effect"] = random.Next(4) == 0 ? "Deny" : "Allow" };
            if (principals)
            {
                statement["Principal"] = JToken.Parse(Pick(random, ResourcePrincipals));
            }

            statement[random.Next(7) == 0 ? "NotAction" : "Action"] = Values(random, ActionPatterns);
            if (random.Next(7) == 0)
            {
                statement["NotResource"] = Values(random, NotResourcePatterns);
            }
            else
            {
                statement["Resource"] = Values(random, ResourcePatterns);
            }
            if (random.Next(5) < 2)
            {
                var condition = new JObject();
                for (var c = random.Next(1, 3); c > 0; c--)
                {
                    var (op, key, values) = Pick(random, Clauses);
                    if (condition[op] is not JObject keys)
                    {
                        condition[op] = keys = [];
                    }

                    keys[key] = values.Length == 1 ? values[0] : new JArray(values);
                }

                statement["Condition"] = condition;
            }

            array.Add(statement);
        }

        return new JObject { ["Version"] = "2012-10-17", ["Statement"] = array }.ToString(Formatting.None);
    }

    private static JToken Values(Random random, string[] pool)
    {
        var n = random.Next(1, 3);
        var picked = Enumerable.Range(0, n).Select(_ => Pick(random, pool)).Distinct().ToArray();
        return picked.Length == 1 ? picked[0] : new JArray(picked);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
