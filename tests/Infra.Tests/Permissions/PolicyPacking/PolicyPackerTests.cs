using System.Globalization;
using Infra.Permissions;

namespace Infra.Tests.Permissions;

public class PolicyPackerTests
{
    private const string Account = "536580886816";
    private const string Role = "2-1-bbws-github-deploy-dev";
    private const string RoleArn = $"arn:aws:iam::{Account}:role/{Role}";
    private static readonly NamingShape Shape = new("2-1-bbws", "dev");

    private static readonly string[] FunctionActions =
        ["lambda:GetFunction", "lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration", "lambda:TagResource", "lambda:ListTags"];

    [Test]
    public void ARoleWhoseGrantsFitTheInlineQuotaStaysOneInlinePolicy()
    {
        var statements = Functions(20).ToList();

        var pack = PolicyPacker.Pack(Role, statements, Shape);

        Assert.That(pack.Inline, Is.Not.Null, "twenty functions fit 10,240 characters: the role keeps one inline policy");
        Assert.That(pack.Managed, Is.Empty, "nothing to attach when the inline policy holds everything");
        Assert.That(pack.Inline!.Size, Is.LessThanOrEqualTo(IamPolicyQuotas.Default.InlineTotal));
        Assert.That(pack.Inline.Statements, Has.Count.EqualTo(1), "twenty resources with the same actions merge into one statement");
        Assert.That(pack.Generalized, Is.False, "exact ARNs fit, so none is replaced by a pattern");
    }

    [Test]
    public void ARoleOverTheInlineQuotaGetsManagedPoliciesEachWithinTheManagedQuota()
    {
        // Distinct action sets per function, so the statements cannot merge into a few.
        var statements = Functions(200, distinctActions: true).ToList();
        Assert.That(PolicyPacker.Size(statements), Is.GreaterThan(IamPolicyQuotas.Default.InlineTotal), "the test needs grants over the inline quota");

        var pack = PolicyPacker.Pack(Role, statements, Shape);

        Assert.That(pack.Inline, Is.Null, "over 10,240 characters nothing stays inline");
        Assert.That(pack.Managed, Has.Count.InRange(2, IamPolicyQuotas.Default.ManagedPerRole));
        Assert.That(pack.Managed.Select(p => PolicyPacker.Size(p.Statements)), Has.All.LessThanOrEqualTo(IamPolicyQuotas.Default.ManagedPolicy), "every managed policy must fit 6,144 characters");
        Assert.That(pack.Managed.Select(p => p.Name), Is.EqualTo(Enumerable.Range(1, pack.Managed.Count).Select(i => $"{Role}-ledger-{i}")));
        Assert.That(pack.Generalized, Is.False, "exact ARNs fit in managed policies");
        AssertSameAccess(statements, pack, NearMisses(statements));
    }

    [Test]
    public void MergingAllowsExactlyWhatTheUnmergedStatementsAllowed()
    {
        List<PackableStatement> statements =
        [
            Allow(["s3:GetObject"], "arn:aws:s3:::2-1-bbws-data-dev/a"),
            Allow(["s3:PutObject"], "arn:aws:s3:::2-1-bbws-data-dev/a"),
            Allow(["s3:GetObject"], "arn:aws:s3:::2-1-bbws-data-dev/b"),
            Allow(["s3:GetObject", "s3:PutObject"], "arn:aws:s3:::2-1-bbws-data-dev/c"),
            Allow(["lambda:GetFunction"], "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-orders-dev"),
            Allow(["LAMBDA:getfunction"], "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-users-dev"),
            Allow(["iam:PassRole"], $"arn:aws:iam::{Account}:role/2-1-bbws-orders-dev") with { Conditions = [new PackedCondition("StringEquals", "iam:PassedToService", ["lambda.amazonaws.com"])] },
            Allow(["iam:PassRole"], $"arn:aws:iam::{Account}:role/2-1-bbws-users-dev") with { Conditions = [new PackedCondition("StringEquals", "iam:PassedToService", ["states.amazonaws.com"])] },
            new() { Effect = "Deny", Actions = ["s3:PutObject"], Resources = ["arn:aws:s3:::2-1-bbws-data-dev/c"], Reason = "c is read-only" },
        ];

        var pack = PolicyPacker.Pack(Role, statements, Shape);

        Assert.That(pack.Inline!.Statements.Count, Is.LessThan(statements.Count), "statements of the same effect and conditions merge");
        Assert.That(pack.Inline.Statements.Count(s => s.Effect == "Deny"), Is.EqualTo(1), "a Deny never merges with an Allow");
        Assert.That(pack.Inline.Statements.Count(s => s.Conditions.Count > 0), Is.EqualTo(2), "statements with different conditions stay apart");
        List<(string Action, string Resource, IReadOnlyDictionary<string, IReadOnlyList<string>>? Context)> misses =
        [
            ("s3:PutObject", "arn:aws:s3:::2-1-bbws-data-dev/b", null),
            ("s3:DeleteObject", "arn:aws:s3:::2-1-bbws-data-dev/a", null),
            ("s3:GetObject", "arn:aws:s3:::2-1-bbws-data-dev/d", null),
            ("iam:PassRole", $"arn:aws:iam::{Account}:role/2-1-bbws-orders-dev", Passed("states.amazonaws.com")),
            ("iam:PassRole", $"arn:aws:iam::{Account}:role/2-1-bbws-users-dev", Passed("lambda.amazonaws.com")),
            ("lambda:GetFunction", "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-billing-dev", null),
        ];
        AssertSameAccess(statements, pack, misses);
    }

    [Test]
    public void AThousandExactFunctionArnsBecomeANamePatternThatStillAllowsEveryOriginalCall()
    {
        var statements = Functions(1000).ToList();
        var merged = PolicyPacker.Size([new PackableStatement { Actions = FunctionActions, Resources = [.. statements.SelectMany(s => s.Resources)], Reason = "merged" }]);
        Assert.That(merged, Is.GreaterThan(IamPolicyQuotas.Default.ManagedPolicy * IamPolicyQuotas.Default.ManagedPerRole), "the test needs exact ARNs that do not fit ten managed policies even merged");

        var pack = PolicyPacker.Pack(Role, statements, Shape);

        Assert.That(pack.Generalized, Is.True, "exact ARNs cannot fit: the packer must use name patterns");
        var resources = pack.Policies.SelectMany(p => p.Statements).SelectMany(s => s.Resources).ToList();
        Assert.That(resources, Does.Contain($"arn:aws:lambda:eu-west-1:{Account}:function:2-1-bbws-service-*-dev"), "the narrowest pattern covering the services: only the service number varies");
        Assert.That(resources, Has.None.EqualTo("*").And.None.Contains(":*:"), "a pattern never becomes a bare '*' nor spans accounts or regions");
        Assert.That(pack.Policies.SelectMany(p => p.Statements).Where(s => s.Resources.Any(r => r.Contains('*', StringComparison.Ordinal))).Select(s => s.Reason), Has.All.Contain("Generalized to the name pattern"), "a generalized statement says so in its reason");
        List<(string, string, IReadOnlyDictionary<string, IReadOnlyList<string>>?)> misses =
        [
            ("lambda:GetFunction", $"arn:aws:lambda:eu-west-1:{Account}:function:2-1-bbws-service-1-sit", null),
            ("lambda:GetFunction", $"arn:aws:lambda:eu-west-1:815856636111:function:2-1-bbws-service-1-dev", null),
            ("lambda:GetFunction", $"arn:aws:lambda:af-south-1:{Account}:function:2-1-bbws-service-1-dev", null),
            ("lambda:GetFunction", $"arn:aws:lambda:eu-west-1:{Account}:function:2-1-other-service-1-dev", null),
            ("lambda:DeleteFunction", $"arn:aws:lambda:eu-west-1:{Account}:function:2-1-bbws-service-1-dev", null),
            ("lambda:GetFunction", $"arn:aws:lambda:eu-west-1:{Account}:layer:2-1-bbws-service-1-dev", null),
        ];
        AssertSameAccess(statements, pack, misses, generalized: true);
    }

    [Test]
    public void ANamedStatementIsPackedAsWrittenAndNeverMerged()
    {
        PackableStatement Deny(string? sid) => new()
        {
            Sid = sid,
            Effect = "Deny",
            Actions = ["iam:PutRolePolicy"],
            Resources = [$"arn:aws:iam::{Account}:role/2-1-bbws-github-{sid ?? "x"}"],
            Reason = "CI may not change its own roles",
        };

        var pack = PolicyPacker.Pack(Role, [Deny("DenyA"), Deny("DenyB"), Deny(null), Deny(null) with { Resources = [$"arn:aws:iam::{Account}:role/2-1-bbws-github-y"] }], Shape);

        var statements = pack.Policies.SelectMany(p => p.Statements).ToList();
        Assert.That(statements.Where(s => s.Sid is not null).Select(s => s.Sid), Is.EqualTo(new[] { "DenyA", "DenyB" }), "each named statement stays one statement with its id, so reviewers and rules find it");
        Assert.That(statements.Where(s => s.Sid is null).ToList(), Has.Count.EqualTo(1), "unnamed statements with the same action still merge");
        Assert.That(PolicyPacker.Json(pack.Policies[0].Statements).Replace(" ", string.Empty, StringComparison.Ordinal), Does.Contain("\"Sid\":\"DenyA\""), "the id is written into the policy");
    }

    [Test]
    public void DenyStatementsArePackedButNeverGeneralized()
    {
        var denies = Enumerable.Range(0, 1000).Select(i => new PackableStatement
        {
            Effect = "Deny",
            Actions = ["lambda:DeleteFunction"],
            Resources = [$"arn:aws:lambda:eu-west-1:{Account}:function:2-1-bbws-service-{i}-dev"],
            Reason = "never delete a service",
        }).ToList();

        var e = Assert.Throws<InfraException>(() => PolicyPacker.Pack(Role, denies, Shape));

        Assert.That(e!.Message, Does.Contain(Role).And.Contain("10240").And.Contain("6144"), "the error names the role and the limits");
        Assert.That(e.ExitCode, Is.EqualTo(ExitCodes.CheckFailed), "synth exits 1 when a role's permissions cannot fit");
    }

    [Test]
    public void GrantsTooBigEvenAsPatternsAreAnErrorNamingTheRoleItsSizeAndTheLimits()
    {
        // Names of no shared shape cannot become a pattern.
        var statements = Enumerable.Range(0, 1500).Select(i => Allow(["s3:GetObject"], $"arn:aws:s3:::bucket-{i.ToString("D5", CultureInfo.InvariantCulture)}-of-someone/data")).ToList();

        var e = Assert.Throws<InfraException>(() => PolicyPacker.Pack(Role, statements, Shape));

        var merged = PolicyPacker.Size([new PackableStatement { Actions = ["s3:GetObject"], Resources = [.. statements.SelectMany(s => s.Resources)], Reason = "merged" }]);
        Assert.That(e!.Message, Does.Contain($"Role {Role}").And.Contain($"{merged} characters").And.Contain("10240"), "the error names the role, its merged size and the inline limit");
        Assert.That(e.Message, Does.Contain("ledger"), "the error says what to do");
    }

    [Test]
    public void ManagedPoliciesTheRoleAlreadyHasCountAgainstItsAttachmentQuota()
    {
        var statements = Functions(200, distinctActions: true).ToList();
        var alone = PolicyPacker.Pack(Role, statements);

        var e = Assert.Throws<InfraException>(() => PolicyPacker.Pack(Role, statements, attachedAlready: IamPolicyQuotas.Default.ManagedPerRole - alone.Managed.Count + 1));

        Assert.That(e!.Message, Does.Contain(Role));
    }

    [Test]
    public void PackingIsDeterministicWhateverTheOrderOfTheStatements()
    {
        var statements = Functions(200, distinctActions: true).ToList();
        var shuffled = statements.OrderBy(s => s.Resources[0].GetHashCode(StringComparison.Ordinal) ^ 0x5bd1e995).ToList();

        var first = PolicyPacker.Pack(Role, statements, Shape);
        var second = PolicyPacker.Pack(Role, shuffled, Shape);

        Assert.That(second.Policies.Select(p => (p.Name, PolicyPacker.Json(p.Statements))), Is.EqualTo(first.Policies.Select(p => (p.Name, PolicyPacker.Json(p.Statements)))), "the same grants must give the same policies");
    }

    [Test]
    public void AReferenceCountsAtItsAllowanceAndIsNeverGeneralized()
    {
        var small = PolicyPacker.Size([Allow(["kms:Decrypt"], "${state-key.arn}")]);
        var exact = PolicyPacker.Size([Allow(["kms:Decrypt"], new string('x', IamPolicyQuotas.Default.ReferenceLength))]);

        Assert.That(small, Is.EqualTo(exact), "a reference's value is unknown at synth: it is sized as the allowance");
    }

    [Test]
    public void AStatementWithoutResourcesIsRefusedNamingTheRole()
    {
        var e = Assert.Throws<InfraException>(() => PolicyPacker.Pack(Role, [new PackableStatement { Actions = ["s3:GetObject"], Resources = [], Reason = "reads" }]));

        Assert.That(e!.Message, Does.Contain(Role).And.Contain("at least one action and one resource"));
    }

    private static PackableStatement Allow(IReadOnlyList<string> actions, string resource) =>
        new() { Actions = actions, Resources = [resource], Reason = $"{string.Join(",", actions)} on {resource}: test grant" };

    private static IEnumerable<PackableStatement> Functions(int count, bool distinctActions = false) =>
        Enumerable.Range(0, count).Select(i => Allow(
            distinctActions ? [.. FunctionActions, $"lambda:Action{i.ToString(CultureInfo.InvariantCulture)}"] : FunctionActions,
            $"arn:aws:lambda:eu-west-1:{Account}:function:2-1-bbws-service-{i.ToString(CultureInfo.InvariantCulture)}-dev"));

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Passed(string service) =>
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["iam:PassedToService"] = [service] };

    private static List<(string Action, string Resource, IReadOnlyDictionary<string, IReadOnlyList<string>>? Context)> NearMisses(IReadOnlyList<PackableStatement> statements) =>
        statements.Take(20).SelectMany(s => new (string, string, IReadOnlyDictionary<string, IReadOnlyList<string>>?)[]
        {
            (s.Actions[0], s.Resources[0] + "x", null),
            (s.Actions[0], s.Resources[0].Replace("-dev", "-sit", StringComparison.Ordinal), null),
            ("lambda:DeleteFunction", s.Resources[0], null),
        }).ToList();

    // Every original (action, resource) pair is allowed by the packed policies as by the original ones; every near miss
    // the original denies stays denied unless the packer generalized (then it must stay denied only when outside the
    // stack's naming shape, which the caller's near misses are).
    private static void AssertSameAccess(
        IReadOnlyList<PackableStatement> original,
        PolicyPack pack,
        IEnumerable<(string Action, string Resource, IReadOnlyDictionary<string, IReadOnlyList<string>>? Context)> nearMisses,
        bool generalized = false)
    {
        var before = new PolicyEvaluator([IamPolicyDocument.Parse(PolicyPacker.Json(original), "unpacked")]);
        var after = new PolicyEvaluator([.. pack.Policies.Select(p => IamPolicyDocument.Parse(PolicyPacker.Json(p.Statements), p.Name))]);
        var failures = new List<string>();
        foreach (var statement in original)
        {
            foreach (var resource in statement.Resources)
            {
                foreach (var action in statement.Actions)
                {
                    var context = statement.Conditions.ToDictionary(c => c.Variable, c => c.Values, StringComparer.OrdinalIgnoreCase);
                    var request = new IamRequest(action, resource, RoleArn, Account, context);
                    var was = before.Evaluate(request).IsAllowed;
                    var now = after.Evaluate(request).IsAllowed;
                    if (was != now)
                    {
                        failures.Add($"{action} on {resource}: {(was ? "allowed" : "denied")} before packing, {(now ? "allowed" : "denied")} after");
                    }
                }
            }
        }

        foreach (var (action, resource, context) in nearMisses)
        {
            var request = new IamRequest(action, resource, RoleArn, Account, context ?? new Dictionary<string, IReadOnlyList<string>>());
            Assert.That(before.Evaluate(request).IsAllowed, Is.False, $"near miss {action} on {resource} must be denied by the original statements (fix the test)");
            if (after.Evaluate(request).IsAllowed)
            {
                failures.Add($"near miss {action} on {resource} is allowed after packing{(generalized ? " with name patterns" : string.Empty)}");
            }
        }

        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(20)));
    }
}
