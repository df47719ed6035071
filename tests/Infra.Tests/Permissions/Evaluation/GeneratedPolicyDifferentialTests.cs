using System.Text.RegularExpressions;
using Infra.App;
using Infra.Components;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Permissions;

/// <summary>
/// Compares <see cref="PolicyEvaluator"/> with an independent evaluator (<see cref="IamOracle"/>) on the real generated
/// policies: every distinct request IAM-COVERAGE makes for the CI roles of a stack, against each role's generated policy
/// and the key or bucket policy governing the resource. The plan and drift roles are also asked for the deploy-only
/// calls, so that many requests are denied and agreement is not trivial. Values unknown until apply stay tokens
/// (<see cref="ResourceArnTokens"/>) on our side; the oracle, which would read <c>${aws_kms_key.state_key_key.key_id}</c> as
/// a policy variable, is given each token as one made-up id wherever it occurs.
/// </summary>
public partial class GeneratedPolicyDifferentialTests
{
    // Agreement on a handful of cases proves little: both outcomes must occur in numbers.
    private const int MinimumOfEachOutcome = 100;

    // Distinct requests (action and resource, whichever role asks) the oracle refuses to evaluate are left out; more
    // than these means the oracle no longer judges the real requests. Known: apigateway:POST on /restapis/ID/deployments
    // and /restapis/ID/stages, and apigateway:SetWebACL on /restapis/ID/stages/NAME (the web ACL association; its data
    // joins the two ARN forms of those resource types into one string it cannot match), and apigateway:POST on
    // /restapis/ID/resources/PARENT_ID, CreateResource's path, whose resource type its data for POST omits.
    private const int MaximumRejectedRequests = 5;

    private const int ShownCases = 10;

    private static readonly IReadOnlyList<string> True = ["true"];

    private static readonly Lazy<RequirementTable> Table = new(() =>
        RequirementTable.Load(RepositoryFiles.Root, IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath))));

    [TestCase("dev")]
    [TestCase("sit")]
    [TestCase("prod")]
    public void TheEvaluatorDecidesEveryCIRoleRequestOfTheStackAsTheIndependentEvaluatorDoes(string stackName)
    {
        IamOracle.RequireOrIgnore();
        var cases = Cases(StackHarness.Build(stackName));

        var oracle = IamOracle.Decisions(cases.Select(c => c.Oracle));

        var judged = cases.Zip(oracle, (c, o) => (Case: c, Oracle: o)).ToList();
        var rejected = judged.Where(j => j.Oracle.StartsWith("Error", StringComparison.Ordinal)).ToList();
        var rejectedRequests = rejected.Select(r => $"{r.Oracle}: {r.Case.Oracle.Request.Action} on {r.Case.Oracle.Request.Resource}").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.That(rejectedRequests.Count, Is.LessThanOrEqualTo(MaximumRejectedRequests), $"{stackName}: the oracle rejected {rejectedRequests.Count} distinct requests (at most {MaximumRejectedRequests} may be left out):\n{string.Join("\n", rejectedRequests.Take(ShownCases))}");

        // The oracle never matches a kms:EncryptionContext:<key> condition (it answers NoMatch even for StringEquals on the
        // exact value within one account), so the lower artifact key's Decrypt, which the key policy conditions on the
        // bucket as encryption context, is left out here: one request per role at most, judged in PromotionReadsTests.
        var blind = judged.Except(rejected).Where(j => j.Case.Oracle.Request.Context.Keys.Any(k => k.StartsWith("kms:EncryptionContext:", StringComparison.OrdinalIgnoreCase))).ToList();
        var roleCount = judged.Select(j => j.Case.Role).Distinct(StringComparer.Ordinal).Count();
        Assert.That(blind.Count, Is.LessThanOrEqualTo(roleCount), $"{stackName}: {blind.Count} requests carry a kms:EncryptionContext key the oracle cannot judge; only the lower artifact key's Decrypt (one per role) may");

        var compared = judged.Except(rejected).Except(blind).Select(j => (j.Case, j.Oracle, Ours: j.Case.Ours)).ToList();
        var disagreements = compared.Where(c => c.Oracle != c.Ours.Kind.ToString()).ToList();
        Assert.That(disagreements.Count, Is.Zero, $"{stackName}: {disagreements.Count} of {compared.Count} requests decided differently from the oracle:\n{string.Join("\n", disagreements.Take(ShownCases).Select(d => Describe(d.Case, d.Oracle)))}");

        var allowed = compared.Count(c => c.Ours.IsAllowed);
        var denied = compared.Count - allowed;
        var withResourcePolicy = compared.Count(c => c.Case.Resource is not null);
        TestContext.Out.WriteLine($"{stackName}: {compared.Count} requests agreed ({allowed} allowed, {denied} denied, {withResourcePolicy} with a key or bucket policy); {rejected.Count} rejected by the oracle");
        if (stackName != "dev")
        {
            // The promotion's reads of the bucket below: the deploy and promotion plan roles allowed, the others denied.
            var crossAccount = compared.Where(c => c.Case.Oracle.Request.IsCrossAccount).ToList();
            Assert.That(crossAccount.Count(c => c.Ours.IsAllowed), Is.GreaterThanOrEqualTo(PromotionReads.ReaderRoles.Count), $"{stackName}: each reader role's cross-account GetObject of a bundle must be compared and allowed");
            Assert.That(crossAccount.Count(c => !c.Ours.IsAllowed), Is.GreaterThan(0), $"{stackName}: a role that does not read the bucket below must be compared and denied across accounts");
        }

        Assert.That(allowed, Is.GreaterThanOrEqualTo(MinimumOfEachOutcome), $"{stackName}: only {allowed} of {compared.Count} requests were allowed; agreement on so few proves little");
        Assert.That(denied, Is.GreaterThanOrEqualTo(MinimumOfEachOutcome), $"{stackName}: only {denied} of {compared.Count} requests were denied; agreement on so few proves little");
    }

    // Every distinct request of every CI role of the stack, decided by our evaluator as IAM-COVERAGE does.
    private static List<RoleCase> Cases(Stack stack)
    {
        var table = Table.Value;
        var arns = new ResourceArns(table, stack);
        var resourcePolicies = ResourcePolicies(stack, arns);
        var calls = RequiredCalls.Enumerate(stack.Main, table, arns).Concat(DriverCalls.Of(stack, arns)).ToList();

        // A promoted stack's reads of the bucket below, across accounts, against the lower stack's generated policies.
        if (stack.Config.ProjectFile.PromotedFrom(stack.Name) is { } lowerName)
        {
            var lower = StackHarness.Build(lowerName);
            var lowerArns = new ResourceArns(table, lower);
            calls.AddRange(DriverCalls.FromLower(lower, lowerArns, PromotionReads.ReaderRoles));
            resourcePolicies.AddRange(ResourcePolicies(lower, lowerArns));
        }

        var cases = new List<RoleCase>();
        foreach (var role in stack.Bootstrap.Resources.OfType<GithubActionsRole>())
        {
            var name = role.Ledgers[0].Role;
            var roleArn = arns.Arn(role.Role);
            // All of the role's identity policies, inline or managed, as IAM-COVERAGE evaluates them.
            var policies = role.Policies.ToDictionary(p => p.Name, p => PolicyJson.Render(p.Document, arns), StringComparer.Ordinal);
            var evaluator = new PolicyEvaluator([.. policies.Select(p => IamPolicyDocument.Parse(p.Value, p.Key))]);
            var seen = new HashSet<string>(StringComparer.Ordinal);

            // The plan and drift roles are asked for every call too, not only those NeededToPlan: the deploy-only calls
            // that change something are denied to them, which gives the comparison its denies.
            foreach (var call in calls)
            {
                var context = RequestContext(call);
                var request = new IamRequest(call.Action, call.Resource, roleArn, stack.AccountId, context) { ResourceAccount = call.ResourceAccount };
                if (!seen.Add($"{request.Action}\n{request.Resource}\n{JsonConvert.SerializeObject(context.OrderBy(p => p.Key, StringComparer.Ordinal))}"))
                {
                    continue;
                }

                var governing = resourcePolicies.Where(p => p.Policy.Governs(request.Resource)).ToList();

                // The oracle takes one resource policy per request; a stack's bucket or key has one, so more is a fixture change.
                Assert.That(governing.Count, Is.LessThanOrEqualTo(1), $"{stack.Name}: {request.Resource} is governed by {governing.Count} resource policies; the oracle can be given only one");
                var resource = governing.SingleOrDefault() ?? ManagedKeyPolicy(request, stack.AccountId, stack.Region);
                var ours = evaluator.Evaluate(request, resource is null ? null : [resource.Policy]);
                var oracleCase = new OracleCase([.. policies.Values.Select(Concrete)], request with { Resource = Concrete(request.Resource) }, resource is null ? null : Concrete(resource.Json), resource?.Policy.Kind ?? ResourcePolicyKind.Other);
                cases.Add(new RoleCase(name, policies, resource, ours, oracleCase));
            }
        }

        return cases;
    }

    // A key the stack does not create is an AWS managed key (the provider describes aws/s3 on key/*). IAM-COVERAGE
    // evaluates such a request on the role's policy alone, which the oracle cannot do: it denies a KMS request without
    // a key policy. Both sides are given the policy of an AWS managed key instead, whose statement for its own account
    // delegates Describe/Get/List to IAM, so the role's policy decides, as it does in AWS and in IAM-COVERAGE.
    private static GoverningPolicy? ManagedKeyPolicy(IamRequest request, string account, string region)
    {
        if (!KmsKeyArn().IsMatch(request.Resource))
        {
            return null;
        }

        var json = new JObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JArray(
                new JObject
                {
                    ["Sid"] = "Allow access through S3 for all principals in the account that are authorized to use S3",
                    ["Effect"] = "Allow",
                    ["Principal"] = new JObject { ["AWS"] = "*" },
                    ["Action"] = new JArray("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"),
                    ["Resource"] = "*",
                    ["Condition"] = new JObject { ["StringEquals"] = new JObject { ["kms:CallerAccount"] = account, ["kms:ViaService"] = $"s3.{region}.amazonaws.com" } },
                },
                new JObject
                {
                    ["Sid"] = "Allow direct access to key metadata to the account",
                    ["Effect"] = "Allow",
                    ["Principal"] = new JObject { ["AWS"] = $"arn:aws:iam::{account}:root" },
                    ["Action"] = new JArray("kms:Describe*", "kms:Get*", "kms:List*"),
                    ["Resource"] = "*",
                }),
        }.ToString(Formatting.None);
        return new GoverningPolicy(new ResourcePolicy(IamPolicyDocument.Parse(json, "AWS managed key policy"), ResourcePolicyKind.KmsKey, request.Resource), json);
    }

    private static Dictionary<string, IReadOnlyList<string>> RequestContext(RequiredCall call)
    {
        // As IAM-COVERAGE does: every SDK call goes over TLS.
        var context = new Dictionary<string, IReadOnlyList<string>>(call.Context, StringComparer.OrdinalIgnoreCase);
        context.TryAdd("aws:SecureTransport", True);
        return context;
    }

    // Every key policy and bucket policy of the stack, as IAM-COVERAGE finds them, with the JSON the oracle is given.
    private static List<GoverningPolicy> ResourcePolicies(Stack stack, IResourceArns arns)
    {
        var policies = new List<GoverningPolicy>();
        foreach (var resource in stack.Roots.SelectMany(r => r.CustomResources))
        {
            var (json, kind, arn, name) = resource switch
            {
                KmsKey { Args.Policy: { } keyPolicy } key => (PolicyJson.Render(keyPolicy, arns), ResourcePolicyKind.KmsKey, arns.Arn(key), $"key policy of {key.TerraformAddress}"),
                S3BucketPolicy bucketPolicy => (PolicyJson.Render(bucketPolicy.Args.Policy, arns), ResourcePolicyKind.S3Bucket, arns.Arn(bucketPolicy), $"bucket policy of {bucketPolicy.TerraformAddress}"),
                _ => default,
            };
            if (json is not null)
            {
                policies.Add(new GoverningPolicy(new ResourcePolicy(IamPolicyDocument.Parse(json, name), kind, arn), json));
            }
        }

        return policies;
    }

    private static string Describe(RoleCase c, string oracle)
    {
        var request = c.Oracle.Request;
        var context = string.Join(", ", request.Context.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={string.Join("|", p.Value)}"));
        return $"{c.Role} {request.Action} on {request.Resource} [{context}]: oracle {oracle}, ours {c.Ours}\n  statement: {Statement(c)}";
    }

    // The statement our decision names, or for an implicit deny the role's statements about the action's service.
    private static string Statement(RoleCase c)
    {
        if (c.Ours.StatementIndex is { } index)
        {
            var json = c.Policies.TryGetValue(c.Ours.PolicyName ?? string.Empty, out var own) ? own : c.Resource?.Json;
            return json is null ? $"{c.Ours.PolicyName} Statement[{index}]" : Statements(json)[index].ToString(Formatting.None);
        }

        var service = c.Oracle.Request.Action.Split(':')[0] + ":";
        var related = c.Policies.Values.SelectMany(Statements).Where(s => s.ToString(Formatting.None).Contains(service, StringComparison.OrdinalIgnoreCase)).Take(3).Select(s => s.ToString(Formatting.None)).ToList();
        return related.Count == 0 ? $"none of {c.Role}'s statements names {service}*" : string.Join("\n  statement: ", related);
    }

    private static IReadOnlyList<JToken> Statements(string policyJson) => JObject.Parse(policyJson)["Statement"] switch
    {
        JArray array => [.. array],
        { } single => [single],
        null => [],
    };

    // The oracle reads "${...}" in a policy's Resource as a policy variable, which no request context resolves, so a
    // statement naming a value unknown until apply (a key id) would never match there. The oracle is given each token
    // as the same made-up id everywhere it occurs (policies, request, resource policy); our evaluator keeps the tokens.
    private static string Concrete(string text) => ApplyToken().Replace(text, m => "k" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(m.Value)))[..31]);

    [GeneratedRegex(@"\$\{[A-Za-z0-9_.\[\]-]+\}")]
    private static partial Regex ApplyToken();

    [GeneratedRegex(@"^arn:aws:kms:[a-z0-9-]+:[0-9]{12}:key/")]
    private static partial Regex KmsKeyArn();

    /// <summary>A resource policy with the JSON it was parsed from, which the oracle is given.</summary>
    private sealed record GoverningPolicy(ResourcePolicy Policy, string Json);

    /// <summary>One request of one role: our decision and the case the oracle decides.</summary>
    private sealed record RoleCase(string Role, IReadOnlyDictionary<string, string> Policies, GoverningPolicy? Resource, IamDecision Ours, OracleCase Oracle);
}
