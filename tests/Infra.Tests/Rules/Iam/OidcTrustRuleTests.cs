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

    [Compliant(OidcTrustRule.RuleId)]
    [Test]
    public void PassesOnAnExactSubjectWithTheAudience()
    {
        var stack = TestStacks.Empty();
        _ = GithubActionsRoleTests.Build(stack, "repo:bigbeard/bbws-platform:environment:dev");

        Assert.That(new OidcTrustRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void ThePlatformComplies()
    {
        var result = Synthesizer.Run(RepositoryFiles.Root);

        Assert.That(result.Findings.Where(f => f.RuleId == OidcTrustRule.RuleId).Select(f => f.ToString()), Is.Empty);
        Assert.That(result.Stacks.Select(s => s.Bootstrap.Find("github-plan") is not null), Is.EqualTo(result.Stacks.Select(s => s.Name == "dev")), "the pull-request plan role exists in dev only");
    }

    [Test]
    public void IsRegistered() => Assert.That(RuleRegistry.All.OfType<OidcTrustRule>(), Is.Not.Empty, "a rule not in RuleRegistry never runs");

    private static IamRole Role(Stack stack, params PolicyCondition[] conditions) => new("ci", new IamRoleArgs
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
