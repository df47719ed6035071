using Infra.Components;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Tests.Permissions;

namespace Infra.Tests.Components;

public class GithubActionsRoleTests
{
    [Test]
    public void TheSubjectNamesTheRepositoryAndTheEnvironment() =>
        Assert.That(GithubSubject.Environment("bigbeard/bbws-platform", "prod"), Is.EqualTo("repo:bigbeard/bbws-platform:environment:prod"));

    [Test]
    public void TheSubjectUsesTheImmutableFormOnceTheIdsAreKnown() =>
        Assert.That(GithubSubject.PullRequest("bigbeard/bbws-platform", "123", "456"), Is.EqualTo("repo:bigbeard@123/bbws-platform@456:pull_request"));

    [Test]
    public void ThrowsWhenOnlyOneIdIsSet()
    {
        var e = Assert.Throws<ArgumentException>(() => GithubSubject.Environment("bigbeard/bbws-platform", "dev", "123", null));

        Assert.That(e!.Message, Does.Contain("bbws:githubOwnerId").And.Contain("bbws:githubRepositoryId"));
    }

    [Test]
    public void TrustsTheExactSubjectAndAudienceWithStringEquals()
    {
        var role = Build(TestStacks.Empty(), "repo:bigbeard/bbws-platform:environment:dev");

        var conditions = role.Role.Args.AssumeRolePolicy.Statements.Single().Conditions;
        Assert.That(conditions, Is.EquivalentTo(new[]
        {
            new PolicyCondition("StringEquals", "token.actions.githubusercontent.com:aud", ["sts.amazonaws.com"]),
            new PolicyCondition("StringEquals", "token.actions.githubusercontent.com:sub", ["repo:bigbeard/bbws-platform:environment:dev"]),
        }).Using<PolicyCondition>((a, b) => a.Test == b.Test && a.Variable == b.Variable && a.Values.SequenceEqual(b.Values)));
    }

    [Test]
    public void GrantsTheLedgerResolvedForTheStack()
    {
        var role = Build(TestStacks.Empty("sit"), "repo:bigbeard/bbws-platform:environment:sit");

        var resources = role.Policy.Args.Policy.Statements.SelectMany(s => s.Resources).Select(r => r.Value).OfType<string>().ToList();
        Assert.That(resources, Does.Contain("arn:aws:lambda:eu-west-1:815856636111:function:2-1-bbws-product-api-sit"));
        Assert.That(resources, Has.None.Contain("${"), "every placeholder must be resolved");
        Assert.That(role.Policy.Args.Policy.Statements.Select(s => s.Reason), Has.All.Not.Empty);
    }

    [Test]
    public void ThrowsWhenTheSubjectHasAWildcard()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), "repo:bigbeard/bbws-platform:*"));

        Assert.That(e!.Message, Does.Contain("repo:bigbeard/bbws-platform:*").And.Contain("never a wildcard"));
    }

    [Test]
    public void ThrowsWhenTheLedgerIsEmpty()
    {
        using var folder = new TempFolder();
        var ledger = EvidenceLedger.Load(folder.Write("empty.yaml", "role: empty\ngrants: []\n"));

        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), "repo:a/b:environment:dev", ledger));

        Assert.That(e!.Message, Does.Contain("empty.yaml").And.Contain("has no grants"));
    }

    [Test]
    public void APassRoleGrantWithAServiceGetsAStatementOfItsOwnConditionedOnThatService()
    {
        using var folder = new TempFolder();
        var ledger = EvidenceLedger.Load(folder.Write("github-deploy.yaml", """
            role: github-deploy
            grants:
              - action: iam:GetRole
                resource: "arn:aws:iam::${account}:role/2-1-bbws-product-api-${stack}"
                evidence: "reads the role"
              - action: iam:PassRole
                resource: "arn:aws:iam::${account}:role/2-1-bbws-product-api-${stack}"
                evidence: "the function's execution role"
                passed-to-service: lambda.amazonaws.com
              - action: iam:TagRole
                resource: "arn:aws:iam::${account}:role/2-1-bbws-product-api-${stack}"
                evidence: "tags the role"
            """));

        var role = Build(TestStacks.Empty(), "repo:bigbeard/bbws-platform:environment:dev", ledger);

        var onRole = role.Policy.Args.Policy.Statements
            .Where(s => s.Resources.Any(r => r.Value == "arn:aws:iam::536580886816:role/2-1-bbws-product-api-dev")).ToList();
        Assert.That(onRole, Has.Count.EqualTo(2), "PassRole must not share a statement with the other actions on its role");
        var passRole = onRole.Single(s => s.Actions.Contains("iam:PassRole"));
        var others = onRole.Single(s => !s.Actions.Contains("iam:PassRole"));
        Assert.Multiple(() =>
        {
            Assert.That(passRole.Actions, Is.EqualTo(new[] { "iam:PassRole" }), "the conditioned statement must carry PassRole alone");
            Assert.That(passRole.Conditions.Select(c => (c.Test, c.Variable, string.Join(",", c.Values))), Is.EqualTo(new[] { ("StringEquals", "iam:PassedToService", "lambda.amazonaws.com") }),
                "PassRole must be limited to the service the ledger names");
            Assert.That(others.Actions, Is.EqualTo(new[] { "iam:GetRole", "iam:TagRole" }), "the other actions on the role stay together");
            Assert.That(others.Conditions, Is.Empty, "the PassedToService condition must not spill onto actions that do not know it");
        });
    }

    [Test]
    public void PassRoleToTwoServicesGivesOneStatementPerService()
    {
        using var folder = new TempFolder();
        var ledger = EvidenceLedger.Load(folder.Write("github-deploy.yaml", """
            role: github-deploy
            grants:
              - action: iam:PassRole
                resource: "arn:aws:iam::${account}:role/r-${stack}"
                passed-to-service: states.amazonaws.com
              - action: iam:PassRole
                resource: "arn:aws:iam::${account}:role/r-${stack}"
                passed-to-service: lambda.amazonaws.com
            """));

        var role = Build(TestStacks.Empty(), "repo:bigbeard/bbws-platform:environment:dev", ledger);

        var services = role.Policy.Args.Policy.Statements.Select(s => string.Join(",", s.Conditions.Where(c => c.Variable == "iam:PassedToService").SelectMany(c => c.Values)));
        Assert.That(services, Is.EqualTo(new[] { "lambda.amazonaws.com", "states.amazonaws.com" }), "each service is its own statement, in ordinal order");
    }

    [Test]
    public void AGuardedRoleWritesAWorkloadRoleOnlyWithTheBoundaryAndTagsItWithout()
    {
        using var folder = new TempFolder();
        var ledger = EvidenceLedger.Load(folder.Write("github-deploy.yaml", """
            role: github-deploy
            grants:
              - action: iam:CreateRole
                resource: "arn:aws:iam::${account}:role/bbws/workload/r-${stack}"
              - action: iam:TagRole
                resource: "arn:aws:iam::${account}:role/bbws/workload/r-${stack}"
            """));
        var stack = TestStacks.Empty();

        var role = Guarded(stack, ledger);

        var statements = role.Policy.Args.Policy.Statements.Where(s => s.Effect == "Allow").ToList();
        Assert.That(statements.Single(s => s.Actions.Contains("iam:CreateRole")).Conditions, Is.EqualTo(new[] { new PolicyCondition("StringEquals", "iam:PermissionsBoundary", [Boundary(stack)]) }).Using<PolicyCondition>((a, b) => a.Test == b.Test && a.Variable == b.Variable && a.Values.SequenceEqual(b.Values)),
            "CreateRole supports iam:PermissionsBoundary, so it is allowed only with the boundary");
        Assert.That(statements.Single(s => s.Actions.Contains("iam:TagRole")).Conditions, Is.Empty, "TagRole does not support the key: a condition on it would deny every call");
        Assert.That(role.Policy.Args.Policy.Statements.Where(s => s.Effect == "Deny").Select(s => s.Sid), Is.EquivalentTo(new[] { "DenyChangingBoundary", "DenyChangingCiRoles", "DenyChangingOidcProvider", "DenyRemovingBoundaries" }), "the guard adds its denies");
    }

    [Test]
    public void AGuardedRoleRefusesALedgerThatWritesARoleOutsideTheWorkloadPath()
    {
        using var folder = new TempFolder();
        var ledger = EvidenceLedger.Load(folder.Write("github-deploy.yaml", """
            role: github-deploy
            grants:
              - action: iam:PutRolePolicy
                resource: "arn:aws:iam::${account}:role/2-1-bbws-github-deploy-${stack}"
            """));

        var error = Assert.Throws<ArgumentException>(() => Guarded(TestStacks.Empty(), ledger));

        Assert.That(error!.Message, Does.Contain("may write and pass only workload roles"), "a role write outside the workload path must be refused, naming the rule it breaks");
    }

    private static string Boundary(Stack stack) => $"arn:aws:iam::{stack.AccountId}:policy/2-1-bbws-workload-boundary-{stack.Name}";

    private static GithubActionsRole Guarded(Stack stack, EvidenceLedger ledger) =>
        new("github-deploy", new GithubActionsRoleArgs
        {
            RoleName = $"2-1-bbws-github-deploy-{stack.Name}",
            Description = "test",
            ProviderArn = Output.Create($"arn:aws:iam::{stack.AccountId}:oidc-provider/token.actions.githubusercontent.com"),
            Subject = "repo:bigbeard/bbws-platform:environment:dev",
            Ledger = ledger,
            AccountId = stack.AccountId,
            Region = stack.Region,
            StackName = stack.Name,
            Guard = new EscalationGuard
            {
                BoundaryArn = Boundary(stack),
                WorkloadRoleArnPattern = WorkloadBoundary.RoleArnPattern(stack.AccountId),
                ProtectedRoleArnPattern = $"arn:aws:iam::{stack.AccountId}:role/2-1-bbws-github-*",
                ProviderArn = $"arn:aws:iam::{stack.AccountId}:oidc-provider/token.actions.githubusercontent.com",
            },
        }, TestStacks.In(stack.Bootstrap));

    internal static GithubActionsRole Build(Stack stack, string subject, EvidenceLedger? ledger = null) => Build(stack, subject, null, ledger);

    internal static GithubActionsRole Build(Stack stack, string subject, string? jobWorkflowRef, EvidenceLedger? ledger = null) =>
        new("github-deploy", new GithubActionsRoleArgs
        {
            RoleName = $"2-1-bbws-github-deploy-{stack.Name}",
            Description = "test",
            ProviderArn = Output.Create($"arn:aws:iam::{stack.AccountId}:oidc-provider/token.actions.githubusercontent.com"),
            Subject = subject,
            JobWorkflowRef = jobWorkflowRef,
            Ledger = ledger ?? EvidenceLedger.Load(EvidenceLedger.PathFor(RepositoryFiles.Root, "github-deploy")),
            AccountId = stack.AccountId,
            Region = stack.Region,
            StackName = stack.Name,
            References = new Dictionary<string, Output<string>> { ["state-key.arn"] = Output.Create("arn:aws:kms:eu-west-1:536580886816:key/state") },
        }, TestStacks.In(stack.Bootstrap));
}
