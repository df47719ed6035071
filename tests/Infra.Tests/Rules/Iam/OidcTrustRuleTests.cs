using Infra.App;
using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Synthesis;
using Infra.Tests.Components;
using Infra.Tests.Permissions;

namespace Infra.Tests.Rules;

public class OidcTrustRuleTests
{
    private const string Sub = "token.actions.githubusercontent.com:sub";
    private const string Aud = "token.actions.githubusercontent.com:aud";
    private const string Pin = "token.actions.githubusercontent.com:job_workflow_ref";
    private const string Promote = "bigbeard/bbws-platform/.github/workflows/promote-prod.yml@refs/heads/main";

    [Test]
    public void FailsOnStringLikeOverTheWholeRepository()
    {
        var stack = TestStacks.Empty();
        _ = Role(stack, new PolicyCondition("StringEquals", Aud, ["sts.amazonaws.com"]), new PolicyCondition("StringLike", Sub, ["repo:bigbeard/bbws-platform:*"]));

        var messages = new OidcTrustRule().Evaluate(stack).Select(f => f.Message).ToList();

        Assert.That(messages, Has.Some.Contain("StringLike").And.Some.Contain("no StringEquals condition on"));
    }

    [NonCompliant(OidcTrustRule.RuleId)]
    [Test]
    public void FailsOnAWildcardSubject()
    {
        var stack = TestStacks.Empty();
        _ = Role(stack, new PolicyCondition("StringEquals", Aud, ["sts.amazonaws.com"]), new PolicyCondition("StringEquals", Sub, ["repo:bigbeard/*"]));

        Assert.That(new OidcTrustRule().Evaluate(stack).Single().Message, Does.Contain("'repo:bigbeard/*' has a wildcard"));
    }

    [Test]
    public void FailsWithoutTheAudience()
    {
        var stack = TestStacks.Empty();
        _ = Role(stack, new PolicyCondition("StringEquals", Sub, ["repo:a/b:environment:dev"]));

        Assert.That(new OidcTrustRule().Evaluate(stack).Single().Message, Does.Contain(Aud));
    }

    [Test]
    public void FailsWhenAPullRequestRoleCanWrite()
    {
        var stack = TestStacks.Empty();
        var role = Role(stack, new PolicyCondition("StringEquals", Aud, ["sts.amazonaws.com"]), new PolicyCondition("StringEquals", Sub, ["repo:a/b:pull_request"]));
        _ = new IamRolePolicy("write", new IamRolePolicyArgs
        {
            Name = "write",
            Role = role.RoleName,
            Policy = new PolicyDocument(new PolicyStatement { Actions = ["s3:GetObject", "s3:PutObject"], Resources = ["*"], Reason = "test" }),
        }, TestStacks.In(stack.Bootstrap));

        Assert.That(new OidcTrustRule().Evaluate(stack).Single().Message, Does.Contain("s3:PutObject").And.Contain("pull_request"));
    }

    [Test]
    public void FailsWhenAPullRequestRoleCanWriteThroughAnAttachedManagedPolicy()
    {
        var stack = TestStacks.Empty();
        var role = Role(stack, new PolicyCondition("StringEquals", Aud, ["sts.amazonaws.com"]), new PolicyCondition("StringEquals", Sub, ["repo:a/b:pull_request"]));
        var policy = new IamPolicy("write", new IamPolicyArgs
        {
            Name = "write",
            Policy = new PolicyDocument(new PolicyStatement { Actions = ["s3:GetObject", "s3:PutObject"], Resources = ["arn:aws:s3:::b/k"], Reason = "test" }),
        }, TestStacks.In(stack.Bootstrap));
        _ = new IamRolePolicyAttachment("write-attachment", new IamRolePolicyAttachmentArgs { Role = role.RoleName, PolicyArn = policy.Arn, Reason = "test" }, TestStacks.In(stack.Bootstrap));

        var messages = new OidcTrustRule().Evaluate(stack).Select(f => f.Message).ToList();

        Assert.That(messages, Has.Count.EqualTo(1).And.Some.Contain("s3:PutObject").And.Some.Contain("managed policy write"), "a write in a managed policy the role holds is a write of the role");
    }

    [Test]
    public void PassesWhenAPullRequestRoleOnlyReadsThroughAnAttachedManagedPolicy()
    {
        var stack = TestStacks.Empty();
        var role = Role(stack, new PolicyCondition("StringEquals", Aud, ["sts.amazonaws.com"]), new PolicyCondition("StringEquals", Sub, ["repo:a/b:pull_request"]));
        var policy = new IamPolicy("read", new IamPolicyArgs
        {
            Name = "read",
            Policy = new PolicyDocument(new PolicyStatement { Actions = ["s3:GetObject"], Resources = ["arn:aws:s3:::b/k"], Reason = "test" }),
        }, TestStacks.In(stack.Bootstrap));
        _ = new IamRolePolicyAttachment("read-attachment", new IamRolePolicyAttachmentArgs { Role = role.RoleName, PolicyArn = policy.Arn, Reason = "test" }, TestStacks.In(stack.Bootstrap));

        Assert.That(new OidcTrustRule().Evaluate(stack), Is.Empty, "a managed policy of reads only is judged by its statements, not refused for being managed");
    }

    [TestCase("apigateway:GET", "arn:aws:apigateway:eu-west-1::/restapis/*", TestName = "A pull_request role may use a Read action whose name is not Get (apigateway:GET)")]
    [TestCase("s3:PutObject", "arn:aws:s3:::2-1-bbws-tfstate-dev/main/terraform.tfstate.tflock", TestName = "A pull_request role may write the state lock object")]
    [TestCase("kms:Decrypt", "arn:aws:kms:eu-west-1:536580886816:key/state", TestName = "A pull_request role may decrypt, a reasoned exception")]
    public void APullRequestRoleMayUseActionsTheCatalogJudgesReadOnly(string action, string resource)
    {
        var stack = TestStacks.Empty();
        PullRequestRoleGranted(stack, action, resource);

        Assert.That(new OidcTrustRule().Evaluate(stack).Select(f => f.Message), Is.Empty, $"{action} on {resource} changes nothing and must not be reported");
    }

    [TestCase("lambda:InvokeFunction", "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev", TestName = "A pull_request role may not invoke a function")]
    [TestCase("s3:PutObject", "arn:aws:s3:::2-1-bbws-tfstate-dev/main/terraform.tfstate", TestName = "A pull_request role may not write the state itself")]
    [TestCase("s3:*Object", "arn:aws:s3:::2-1-bbws-tfstate-dev/main/terraform.tfstate.tflock", TestName = "A pull_request role may not hold a wildcard that reaches a write beyond the lock (s3:RestoreObject)")]
    public void APullRequestRoleThatMayChangeAResourceIsAFinding(string action, string resource)
    {
        var stack = TestStacks.Empty();
        PullRequestRoleGranted(stack, action, resource);

        var messages = new OidcTrustRule().Evaluate(stack).Select(f => f.Message).ToList();

        Assert.That(messages, Has.Count.EqualTo(1).And.Some.Contain(action).And.Some.Contain("pull_request"), $"{action} on {resource} may change a resource and must be reported once");
    }

    [NonCompliant(OidcTrustRule.RuleId)]
    [Test]
    public void FailsWhenADeployRoleDoesNotPinItsWorkflows()
    {
        var stack = TestStacks.Empty("prod");
        _ = Unpinned(stack, new PolicyCondition("StringEquals", Aud, ["sts.amazonaws.com"]), new PolicyCondition("StringEquals", Sub, ["repo:bigbeard/bbws-platform:environment:prod"]));

        Assert.That(new OidcTrustRule().Evaluate(stack).Select(f => f.Message).ToList(), Has.Count.EqualTo(1).And.Some.Contain(Pin).And.Some.Contain("any workflow"), "a prod role trusting only the environment claim admits a workflow pushed to any ref the environment allows");
    }

    [Test]
    public void FailsWhenAPullRequestRoleDoesNotPinItsWorkflow()
    {
        var stack = TestStacks.Empty();
        _ = Unpinned(stack, new PolicyCondition("StringEquals", Aud, ["sts.amazonaws.com"]), new PolicyCondition("StringEquals", Sub, ["repo:a/b:pull_request"]));

        Assert.That(new OidcTrustRule().Evaluate(stack).Select(f => f.Message).ToList(), Has.Count.EqualTo(1).And.Some.Contain(Pin));
    }

    [TestCase("StringLike", "bigbeard/bbws-platform/.github/workflows/promote-prod.yml@refs/heads/*", "wildcard", TestName = "A deploy role may not pin a wildcard ref")]
    [TestCase("StringLike", "bigbeard/bbws-platform/.github/workflows/*@refs/heads/main", "wildcard", TestName = "A role may not pin a wildcard workflow file")]
    [TestCase("StringEquals", "bigbeard/bbws-platform/.github/workflows/promote-prod.yml", "@refs/", TestName = "A pin names its ref")]
    [TestCase("ForAnyValue:StringEquals", Promote, "ForAnyValue:StringEquals", TestName = "A pin is tested with StringEquals or StringLike only")]
    public void FailsOnAPinThatAdmitsMoreThanOneWorkflowOnOneRef(string test, string pin, string expected)
    {
        var stack = TestStacks.Empty("prod");
        _ = Unpinned(stack, new PolicyCondition("StringEquals", Aud, ["sts.amazonaws.com"]), new PolicyCondition("StringEquals", Sub, ["repo:bigbeard/bbws-platform:environment:prod"]), new PolicyCondition(test, Pin, [pin]));

        Assert.That(new OidcTrustRule().Evaluate(stack).Select(f => f.Message).ToList(), Has.Count.EqualTo(1).And.Some.Contain(expected));
    }

    [Test]
    public void PassesWhenAPullRequestRolePinsItsWorkflowOnAnyPullRequestRef()
    {
        var stack = TestStacks.Empty();
        _ = Unpinned(stack, new PolicyCondition("StringEquals", Aud, ["sts.amazonaws.com"]), new PolicyCondition("StringEquals", Sub, ["repo:a/b:pull_request"]), new PolicyCondition("StringLike", Pin, ["a/b/.github/workflows/pr-preview.yml@refs/pull/*/merge"]));

        Assert.That(new OidcTrustRule().Evaluate(stack).Select(f => f.Message), Is.Empty, "a pull_request job's ref is refs/pull/<number>/merge, unknown in advance");
    }

    [Compliant(OidcTrustRule.RuleId)]
    [Test]
    public void PassesOnAnExactSubjectWithTheAudienceAndAWorkflowPin()
    {
        var stack = TestStacks.Empty();
        _ = GithubActionsRoleTests.Build(stack, "repo:bigbeard/bbws-platform:environment:dev");

        Assert.That(new OidcTrustRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void ThePlatformComplies()
    {
        var result = Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root);

        Assert.That(result.Findings.Where(f => f.RuleId == OidcTrustRule.RuleId).Select(f => f.ToString()), Is.Empty);
        Assert.That(result.Stacks.Select(s => s.Bootstrap.Find("github-plan") is not null), Is.EqualTo(result.Stacks.Select(s => s.Name == "dev")), "the pull-request plan role exists in dev only");
        Assert.That(result.Stacks.Select(s => s.Bootstrap.Find(PlatformProgram.PromotePlanRole) is not null), Is.EqualTo(result.Stacks.Select(s => s.Name != "dev")), "the promotion plan role exists in the promoted stacks, so the check above covers its trust");
    }

    [Test]
    public void IsRegistered() => Assert.That(RuleRegistry.All.OfType<OidcTrustRule>(), Is.Not.Empty, "a rule not in RuleRegistry never runs");

    private static void PullRequestRoleGranted(Stack stack, string action, string resource)
    {
        var role = Role(stack, new PolicyCondition("StringEquals", Aud, ["sts.amazonaws.com"]), new PolicyCondition("StringEquals", Sub, ["repo:a/b:pull_request"]));
        _ = new IamRolePolicy("grant", new IamRolePolicyArgs
        {
            Name = "grant",
            Role = role.RoleName,
            Policy = new PolicyDocument(new PolicyStatement { Actions = [action], Resources = [resource], Reason = "test" }),
        }, TestStacks.In(stack.Bootstrap));
    }

    // A role as the other tests need it: its workflows pinned, so that only what the test changes is found.
    private static IamRole Role(Stack stack, params PolicyCondition[] conditions) => Unpinned(stack, [.. conditions, new PolicyCondition("StringEquals", Pin, [Promote])]);

    private static IamRole Unpinned(Stack stack, params PolicyCondition[] conditions) => new("ci", new IamRoleArgs
    {
        Name = "ci",
        AssumeRolePolicy = new PolicyDocument(new PolicyStatement
        {
            Actions = ["sts:AssumeRoleWithWebIdentity"],
            Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Federated"] = ["arn:aws:iam::536580886816:oidc-provider/token.actions.githubusercontent.com"] },
            Conditions = conditions,
            Reason = "test",
        }),
    }, TestStacks.In(stack.Bootstrap));
}
