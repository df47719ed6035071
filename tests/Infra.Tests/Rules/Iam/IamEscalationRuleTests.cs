using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Rules;

public class IamEscalationRuleTests
{
    private static readonly Lazy<RequirementTable> Table = new(() =>
        RequirementTable.Load(RepositoryFiles.Root, IamCatalog.Load(Path.Combine(RepositoryFiles.Root, IamCatalog.RelativePath))));

    [Test]
    [Compliant(IamEscalationRule.RuleId)]
    public void NoStackLeavesAnEscalationPathOpen()
    {
        foreach (var stack in RuleFixtures.PlatformStacks())
        {
            var findings = new IamEscalationRule().Evaluate(stack);

            Assert.That(findings.Select(f => f.Message), Is.Empty, $"{stack.Name}: the generated deploy policy and boundary must close every escalation path");
        }
    }

    // Each case widens a policy as a careless ledger entry or boundary edit would, then removes the statement that
    // still closes the path: the rule must name it. The control case below keeps the statement and stays closed.
    [TestCase("deploy", "DenyChangingCiRoles", "iam:UpdateAssumeRolePolicy,iam:PutRolePolicy,iam:AttachRolePolicy", "role/*", "change a CI role", TestName = "Without the deny on CI's roles, a wide role grant lets the deploy role rewrite its own trust and policies")]
    [TestCase("deploy", "DenyChangingCiRoles", "iam:PassRole", "role/*", "pass a CI role", TestName = "Without the deny on CI's roles, a wide PassRole grant lets the deploy role pass its own role")]
    [TestCase("deploy", "DenyChangingBoundary", "iam:CreatePolicyVersion,iam:SetDefaultPolicyVersion,iam:DeletePolicy,iam:DeletePolicyVersion", "policy/*", "change the boundary", TestName = "Without the deny on the boundary, a wide policy grant lets the deploy role rewrite the boundary")]
    [TestCase("deploy", "DenyChangingOidcProvider", "iam:AddClientIDToOpenIDConnectProvider,iam:DeleteOpenIDConnectProvider,iam:UpdateOpenIDConnectProviderThumbprint", "oidc-provider/*", "change the OIDC provider", TestName = "Without the deny on the OIDC provider, a wide grant lets the deploy role change who the account trusts")]
    [TestCase("deploy", "DenyRemovingBoundaries", "iam:DeleteRolePermissionsBoundary", "role/bbws/workload/*", "remove a workload role's boundary", TestName = "Without the deny on removing boundaries, a boundary-conditioned grant still lets the deploy role uncap a workload role")]
    [TestCase("deploy", "DenyManagingStateKey", "kms:PutKeyPolicy,kms:ScheduleKeyDeletion,kms:CreateGrant,kms:DisableKey", "*", "manage the state key", TestName = "Without the deny on the state key, the deploy role's key management on key/* reaches the key that encrypts the state")]
    [TestCase("boundary", "NoIam", "iam:*", "*", "a bounded role uses IAM", TestName = "Without the boundary's IAM deny, a widened boundary lets a CI-made role use IAM")]
    [TestCase("boundary", "NoAssumeOrFederate", "sts:*", "*", "a bounded role assumes a CI role", TestName = "Without the boundary's STS deny, a widened boundary lets a CI-made role assume CI's roles")]
    [TestCase("boundary", "NoState", "s3:*,dynamodb:*", "*", "a bounded role writes the state", TestName = "Without the boundary's state deny, a widened boundary lets a CI-made role write the state")]
    [NonCompliant(IamEscalationRule.RuleId)]
    public void RemovingTheStatementThatClosesAPathFailsNamingThePath(string policy, string sid, string actions, string resource, string path)
    {
        var (deploy, boundary, targets) = Subject("dev");
        var widened = Widen(policy == "deploy" ? deploy : boundary, actions, resource, targets.AccountId, policy == "deploy" ? targets.BoundaryArn : null);
        var doctored = Without(widened, sid);

        var open = policy == "deploy" ? Open(doctored, boundary, targets) : Open(deploy, doctored, targets);
        var closed = policy == "deploy" ? Open(widened, boundary, targets) : Open(deploy, widened, targets);

        Assert.That(closed, Is.Empty, $"with statement {sid} in place the widened {policy} policy must still close every path");
        Assert.That(open, Has.Some.Contains($"escalation path open: {path}:"), $"removing {sid} from the {policy} policy must open '{path}'; open paths: {string.Join("\n", open)}");
    }

    [TestCase("iam:CreateRole", "create a role without the boundary", TestName = "Without the boundary condition on CreateRole, the deploy role creates a role without the boundary")]
    [TestCase("iam:PutRolePermissionsBoundary", "swap a workload role's boundary", TestName = "Without the boundary condition on PutRolePermissionsBoundary, the deploy role swaps a workload role's boundary")]
    [TestCase("iam:PassRole", "pass a workload role to an unrelated service", TestName = "Without the PassedToService condition, the deploy role passes a workload role to any service")]
    [NonCompliant(IamEscalationRule.RuleId)]
    public void RemovingAConditionFailsNamingThePath(string action, string path)
    {
        var (deploy, boundary, targets) = Subject("dev");
        var doctored = JObject.Parse(deploy);
        var conditioned = doctored["Statement"]!.OfType<JObject>().Where(s => (string)s["Effect"]! == "Allow" && s["Action"]!.Values<string>().Contains(action)).ToList();
        Assert.That(conditioned, Is.Not.Empty, $"test setup: the deploy policy grants {action}");
        conditioned.ForEach(s => s.Remove("Condition"));

        var open = Open(doctored.ToString(), boundary, targets);

        Assert.That(open, Has.Some.Contains($"escalation path open: {path}:"), $"dropping the conditions of {action} must open '{path}'; open paths: {string.Join("\n", open)}");
    }

    [Test]
    [NonCompliant(IamEscalationRule.RuleId)]
    public void AMainRootRoleWithoutTheWorkloadPathAndBoundaryIsRefused()
    {
        var stack = StackHarness.Build("dev");
        _ = new IamRole("stray-role", new IamRoleArgs
        {
            Name = "2-1-bbws-stray-dev",
            AssumeRolePolicy = new PolicyDocument(new PolicyStatement { Actions = ["sts:AssumeRole"], Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Service"] = ["lambda.amazonaws.com"] }, Reason = "test" }),
        }, new ResourceOptions { Parent = stack.Main });

        var findings = new IamEscalationRule().Evaluate(stack).Select(f => f.Message).ToList();

        Assert.That(findings, Has.One.Contains("aws_iam_role.stray_role has path '/' and boundary 'none'"), "a main-root role outside the workload path and without the boundary must be refused; findings: " + string.Join("\n", findings));
    }

    private static (string Deploy, string Boundary, EscalationTargets Targets) Subject(string stackName)
    {
        var stack = RuleFixtures.Platform(stackName);
        var subject = IamEscalationRule.Subject(stack, new ResourceArns(Table.Value, stack));
        Assert.That(subject, Is.Not.Null, $"test setup: {stackName} has a guarded deploy role and a boundary");
        return subject!.Value;
    }

    private static IReadOnlyList<string> Open(string deploy, string boundary, EscalationTargets targets) =>
        IamEscalationRule.OpenPaths(IamPolicyDocument.Parse(deploy, "deploy"), IamPolicyDocument.Parse(boundary, "boundary"), targets);

    // Adds an Allow of `actions` on `arn:aws:iam::ACCOUNT:<resource>` (or "*"), conditioned on the boundary when given,
    // as the component conditions a ledger's role writes.
    private static string Widen(string policy, string actions, string resource, string account, string? boundaryArn)
    {
        var document = JObject.Parse(policy);
        var statement = new JObject
        {
            ["Effect"] = "Allow",
            ["Action"] = new JArray(actions.Split(',')),
            ["Resource"] = resource == "*" ? "*" : $"arn:aws:iam::{account}:{resource}",
        };
        if (boundaryArn is not null && actions.Contains("iam:DeleteRolePermissionsBoundary", StringComparison.Ordinal))
        {
            statement["Condition"] = new JObject { ["StringEquals"] = new JObject { ["iam:PermissionsBoundary"] = boundaryArn } };
        }

        if (actions == "iam:PassRole")
        {
            statement["Condition"] = new JObject { ["StringEquals"] = new JObject { ["iam:PassedToService"] = "lambda.amazonaws.com" } };
        }

        ((JArray)document["Statement"]!).Add(statement);
        return document.ToString();
    }

    private static string Without(string policy, string sid)
    {
        var document = JObject.Parse(policy);
        var statements = (JArray)document["Statement"]!;
        var found = statements.OfType<JObject>().Where(s => (string?)s["Sid"] == sid).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"test setup: the policy has one statement {sid}");
        found[0].Remove();
        return document.ToString();
    }
}
