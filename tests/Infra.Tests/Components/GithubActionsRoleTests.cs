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
    public void TrustsTheExactSubjectAudienceAndWorkflowWithStringEquals()
    {
        var role = Build(TestStacks.Empty(), "repo:bigbeard/bbws-platform:environment:dev");

        var conditions = role.Role.Args.AssumeRolePolicy.Statements.Single().Conditions;
        Assert.That(conditions, Is.EquivalentTo(new[]
        {
            new PolicyCondition("StringEquals", "token.actions.githubusercontent.com:aud", ["sts.amazonaws.com"]),
            new PolicyCondition("StringEquals", "token.actions.githubusercontent.com:sub", ["repo:bigbeard/bbws-platform:environment:dev"]),
            new PolicyCondition("StringEquals", "token.actions.githubusercontent.com:job_workflow_ref", [DefaultPin]),
        }).Using<PolicyCondition>((a, b) => a.Test == b.Test && a.Variable == b.Variable && a.Values.SequenceEqual(b.Values)));
    }

    [Test]
    public void GrantsTheLedgerResolvedForTheStack()
    {
        var role = Build(TestStacks.Empty("sit"), "repo:bigbeard/bbws-platform:environment:sit");

        var resources = Statements(role).SelectMany(s => s.Resources).Select(r => r.Value).OfType<string>().ToList();
        Assert.That(resources, Does.Contain("arn:aws:lambda:eu-west-1:815856636111:function:2-1-bbws-product-api-sit"));
        Assert.That(resources, Has.None.Contain("${"), "every placeholder must be resolved");
        Assert.That(Statements(role).Select(s => s.Reason), Has.All.Not.Empty);
    }

    [Test]
    public void ThrowsWhenNoWorkflowIsPinned()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), "repo:bigbeard/bbws-platform:environment:dev", []));

        Assert.That(e!.Message, Does.Contain("pins no workflow").And.Contain("JobWorkflowRefs"), "a role trusting only the environment claim admits any workflow on any ref the environment allows");
    }

    [TestCase("repo:bigbeard/bbws-platform:environment:prod", "bigbeard/bbws-platform/.github/workflows/promote-prod.yml@refs/heads/*", TestName = "A deploy role refuses a wildcard ref")]
    [TestCase("repo:bigbeard/bbws-platform:pull_request", "bigbeard/bbws-platform/.github/workflows/*@refs/pull/*/merge", TestName = "A pull_request role refuses a wildcard workflow file")]
    [TestCase("repo:bigbeard/bbws-platform:environment:prod", "bigbeard/bbws-platform/.github/workflows/promote-prod.yml", TestName = "A pin without its ref is refused")]
    public void ThrowsOnAPinThatIsNotOneWorkflowOnOneRef(string subject, string pin)
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), subject, [pin]));

        Assert.That(e!.Message, Does.Contain(pin).And.Contain("never a wildcard"));
    }

    [Test]
    public void APullRequestRolePinsItsWorkflowOnAnyPullRequestRefWithStringLike()
    {
        var pin = GithubSubject.PullRequestJobWorkflowRef("bigbeard/bbws-platform", ".github/workflows/pr-preview.yml");

        var role = Build(TestStacks.Empty(), "repo:bigbeard/bbws-platform:pull_request", [pin], EvidenceLedger.Load(EvidenceLedger.PathFor(RepositoryFiles.Root, "github-plan")));

        var condition = role.Role.Args.AssumeRolePolicy.Statements.Single().Conditions.Single(c => c.Variable == "token.actions.githubusercontent.com:job_workflow_ref");
        Assert.That((condition.Test, string.Join(",", condition.Values)), Is.EqualTo(("StringLike", "bigbeard/bbws-platform/.github/workflows/pr-preview.yml@refs/pull/*/merge")), "a pull_request job's ref is refs/pull/<number>/merge");
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

        var onRole = Statements(role)
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

        var services = Statements(role).Select(s => string.Join(",", s.Conditions.Where(c => c.Variable == "iam:PassedToService").SelectMany(c => c.Values)));
        Assert.That(services, Is.EqualTo(new[] { "lambda.amazonaws.com", "states.amazonaws.com" }), "each service is its own statement, in ordinal order");
    }

    [Test]
    public void ALedgerThatFitsTheInlineQuotaStaysOneInlinePolicy()
    {
        using var folder = new TempFolder();
        var ledger = EvidenceLedger.Load(folder.Write("github-deploy.yaml", """
            role: github-deploy
            grants:
              - action: lambda:GetFunction
                resource: "arn:aws:lambda:${region}:${account}:function:2-1-bbws-orders-${stack}"
                evidence: "terraform refresh reads the function"
              - action: lambda:GetFunction
                resource: "arn:aws:lambda:${region}:${account}:function:2-1-bbws-users-${stack}"
                evidence: "terraform refresh reads the function"
            """));

        var role = Build(TestStacks.Empty(), "repo:bigbeard/bbws-platform:environment:dev", ledger);

        Assert.That(role.InlinePolicy, Is.Not.Null, "two grants fit 10,240 characters: the role keeps its inline policy");
        Assert.That(role.ManagedPolicies, Is.Empty);
        Assert.That(role.Attachments, Is.Empty);
        Assert.That(role.InlinePolicy!.Args.Name, Is.EqualTo("2-1-bbws-github-deploy-dev-ledger"));
        Assert.That(Statements(role), Has.Count.EqualTo(1), "grants of the same action on two functions merge into one statement");
        Assert.That(Statements(role)[0].Reason, Does.Contain("terraform refresh reads the function"), "a merged statement keeps its grants' evidence");
    }

    [Test]
    public void ALedgerOverTheInlineQuotaBecomesManagedPoliciesAttachedToTheRole()
    {
        var role = Build(TestStacks.Empty(), "repo:bigbeard/bbws-platform:environment:dev");

        Assert.That(role.InlinePolicy, Is.Null, "the deploy ledger is over 10,240 characters");
        Assert.That(role.ManagedPolicies, Has.Count.InRange(2, IamPolicyQuotas.Default.ManagedPerRole));
        Assert.That(role.Pack.Managed.Select(p => p.Size), Has.All.LessThanOrEqualTo(IamPolicyQuotas.Default.ManagedPolicy), "each managed policy must fit 6,144 characters");
        Assert.That(role.Attachments.Select(a => a.Args.PolicyArn.Output?.Expression), Is.EqualTo(role.ManagedPolicies.Select(p => p.Arn.Expression)), "each managed policy is attached by a reference to its ARN");
        Assert.That(role.Policies.Select(p => p.Resource), Is.EqualTo(role.ManagedPolicies), "the role's policies are its managed policies");
    }

    [Test]
    public void GrantsThatFitNoPoliciesAreAnErrorNamingTheRole()
    {
        using var folder = new TempFolder();
        var grants = string.Concat(Enumerable.Range(0, 1500).Select(i => $"""
              - action: s3:GetObject
                resource: "arn:aws:s3:::someone-elses-bucket-{i}/data"
                evidence: "reads the data"

            """));
        var ledger = EvidenceLedger.Load(folder.Write("github-deploy.yaml", "role: github-deploy\ngrants:\n" + grants));

        var e = Assert.Throws<InfraException>(() => Build(TestStacks.Empty(), "repo:bigbeard/bbws-platform:environment:dev", ledger));

        Assert.That(e!.Message, Does.Contain("2-1-bbws-github-deploy-dev").And.Contain("10240"), "the error names the role and the limit");
        Assert.That(e.ExitCode, Is.EqualTo(ExitCodes.CheckFailed), "synth exits 1: a check found the role's permissions cannot fit");
    }

    [Test]
    public void AdditionalStatementsArePackedWithTheLedgersIncludingDenies()
    {
        var stack = TestStacks.Empty();
        var deny = new PolicyStatement
        {
            Effect = "Deny",
            Actions = ["iam:PutRolePolicy"],
            Resources = ["arn:aws:iam::536580886816:role/2-1-bbws-github-*"],
            Reason = "CI may not change its own roles",
        };

        var role = new GithubActionsRole("github-deploy", new GithubActionsRoleArgs
        {
            Purpose = CiRolePurpose.Deploy,
            RoleName = "2-1-bbws-github-deploy-dev",
            Description = "test",
            ProviderArn = Output.Create("arn:aws:iam::536580886816:oidc-provider/token.actions.githubusercontent.com"),
            Subject = "repo:bigbeard/bbws-platform:environment:dev",
            JobWorkflowRefs = [DefaultPin],
            Ledger = EvidenceLedger.Load(EvidenceLedger.PathFor(RepositoryFiles.Root, "github-plan")),
            References = new Dictionary<string, Output<string>> { ["state-key.arn"] = Output.Create("arn:aws:kms:eu-west-1:536580886816:key/state") },
            AdditionalStatements = [deny],
        }, TestStacks.In(stack.Bootstrap));

        var denies = Statements(role).Where(s => s.Effect == "Deny").ToList();
        Assert.That(denies, Has.Count.EqualTo(1), "the deny must be in the role's policies, apart from the allows");
        Assert.That(denies[0].Resources.Select(r => r.Value), Is.EqualTo(new[] { "arn:aws:iam::536580886816:role/2-1-bbws-github-*" }));
        Assert.That(denies[0].Reason, Is.EqualTo("CI may not change its own roles"));
    }

    private static List<PolicyStatement> Statements(GithubActionsRole role) => [.. role.Policies.SelectMany(p => p.Document.Statements)];

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

        var statements = Statements(role).Where(s => s.Effect == "Allow").ToList();
        Assert.That(statements.Single(s => s.Actions.Contains("iam:CreateRole")).Conditions, Is.EqualTo(new[] { new PolicyCondition("StringEquals", "iam:PermissionsBoundary", [Boundary(stack)]) }).Using<PolicyCondition>((a, b) => a.Test == b.Test && a.Variable == b.Variable && a.Values.SequenceEqual(b.Values)),
            "CreateRole supports iam:PermissionsBoundary, so it is allowed only with the boundary");
        Assert.That(statements.Single(s => s.Actions.Contains("iam:TagRole")).Conditions, Is.Empty, "TagRole does not support the key: a condition on it would deny every call");
        Assert.That(Statements(role).Where(s => s.Effect == "Deny").Select(s => s.Sid), Is.EquivalentTo(new[] { "DenyChangingBoundary", "DenyChangingCiRoles", "DenyChangingOidcProvider", "DenyRemovingBoundaries" }), "the guard adds its denies");
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

    [TestCase("dev", CiRolePurpose.Deploy, "github-deploy")]
    [TestCase("dev", CiRolePurpose.PullRequestPlan, "github-plan")]
    [TestCase("dev", CiRolePurpose.Drift, "github-drift")]
    [TestCase("sit", CiRolePurpose.PromotePlan, "github-promote-plan")]
    public void ACiRoleIsFoundByItsPurpose(string stack, CiRolePurpose purpose, string role)
    {
        Assert.That(GithubActionsRole.Find(Testing.StackHarness.Build(stack).Bootstrap, purpose)?.Name, Is.EqualTo(role), $"the workflows find {stack}'s {purpose} role by its purpose");
    }

    [Test]
    public void APurposeTheStackBuildsNoRoleForFindsNone()
    {
        Assert.That(GithubActionsRole.Find(Testing.StackHarness.Build("sit").Bootstrap, CiRolePurpose.PullRequestPlan), Is.Null, "only dev previews pull requests");
    }

    [Test]
    public void TwoRolesOfOnePurposeAreRefusedNamingBoth()
    {
        var stack = TestStacks.Empty();
        var args = Args(stack, "repo:bigbeard/bbws-platform:environment:dev", [DefaultPin], null);
        _ = new GithubActionsRole("github-deploy", args, TestStacks.In(stack.Bootstrap));
        _ = new GithubActionsRole("github-deploy-2", args with { RoleName = "2-1-bbws-github-deploy-2-dev" }, TestStacks.In(stack.Bootstrap));

        var error = Assert.Throws<InfraException>(() => GithubActionsRole.Find(stack.Bootstrap, CiRolePurpose.Deploy));

        Assert.That(error!.Message, Does.Contain("github-deploy, github-deploy-2"), "the message must name both roles");
    }

    private static string Boundary(Stack stack) => $"arn:aws:iam::{stack.AccountId}:policy/2-1-bbws-workload-boundary-{stack.Name}";

    private static GithubActionsRole Guarded(Stack stack, EvidenceLedger ledger) =>
        new("github-deploy", new GithubActionsRoleArgs
        {
            Purpose = CiRolePurpose.Deploy,
            RoleName = $"2-1-bbws-github-deploy-{stack.Name}",
            Description = "test",
            ProviderArn = Output.Create($"arn:aws:iam::{stack.AccountId}:oidc-provider/token.actions.githubusercontent.com"),
            Subject = "repo:bigbeard/bbws-platform:environment:dev",
            JobWorkflowRefs = [DefaultPin],
            Ledger = ledger,
            Guard = new EscalationGuard
            {
                BoundaryArn = Boundary(stack),
                WorkloadRoleArnPattern = WorkloadBoundary.RoleArnPattern(stack.AccountId),
                ProtectedRoleArnPattern = $"arn:aws:iam::{stack.AccountId}:role/2-1-bbws-github-*",
                ProviderArn = $"arn:aws:iam::{stack.AccountId}:oidc-provider/token.actions.githubusercontent.com",
            },
        }, TestStacks.In(stack.Bootstrap));

    /// <summary>The workflow a test role trusts when the test names none: deploy-dev.yml on main.</summary>
    internal const string DefaultPin = "bigbeard/bbws-platform/.github/workflows/deploy-dev.yml@refs/heads/main";

    internal static GithubActionsRole Build(Stack stack, string subject, EvidenceLedger? ledger = null) => Build(stack, subject, [DefaultPin], ledger);

    internal static GithubActionsRole Build(Stack stack, string subject, IReadOnlyList<string> jobWorkflowRefs, EvidenceLedger? ledger = null) =>
        new("github-deploy", Args(stack, subject, jobWorkflowRefs, ledger), TestStacks.In(stack.Bootstrap));

    private static GithubActionsRoleArgs Args(Stack stack, string subject, IReadOnlyList<string> jobWorkflowRefs, EvidenceLedger? ledger) =>
        new()
        {
            Purpose = CiRolePurpose.Deploy,
            RoleName = $"2-1-bbws-github-deploy-{stack.Name}",
            Description = "test",
            ProviderArn = Output.Create($"arn:aws:iam::{stack.AccountId}:oidc-provider/token.actions.githubusercontent.com"),
            Subject = subject,
            JobWorkflowRefs = jobWorkflowRefs,
            Ledger = ledger ?? EvidenceLedger.Load(EvidenceLedger.PathFor(RepositoryFiles.Root, "github-deploy")),
            References = new Dictionary<string, Output<string>> { ["state-key.arn"] = Output.Create("arn:aws:kms:eu-west-1:536580886816:key/state") },
        };
}
