using Infra.App;
using Infra.Components;
using Infra.Permissions;
using Infra.Tests.Components;
using Infra.Tests.Testing;

namespace Infra.Tests.App;

public class GithubDriftRoleTests
{
    private const string Issuer = GithubActionsRole.TokenIssuer;

    [Test]
    public void ThrowsWhenTheWorkflowRefHasAWildcard()
    {
        var e = Assert.Throws<ArgumentException>(() => GithubActionsRoleTests.Build(TestStacks.Empty(), "repo:bigbeard/bbws-platform:ref:refs/heads/main", ["bigbeard/bbws-platform/.github/workflows/*.yml@refs/heads/main"]));

        Assert.That(e!.Message, Does.Contain("JobWorkflowRef").And.Contain("wildcard"));
    }

    [TestCase("dev")]
    [TestCase("prod")]
    public void EveryStackTrustsOnlyTheDriftWorkflowOnTheDefaultBranch(string stackName)
    {
        var stack = StackHarness.Build(stackName);
        var role = (GithubActionsRole)stack.Bootstrap.Find("github-drift")!;
        var conditions = role.Role.Args.AssumeRolePolicy.Statements.Single().Conditions;

        Assert.That(conditions.Select(c => (c.Test, c.Variable, string.Join(",", c.Values))), Is.EquivalentTo(new[]
        {
            ("StringEquals", $"{Issuer}:aud", "sts.amazonaws.com"),
            ("StringEquals", $"{Issuer}:sub", "repo:bigbeard/bbws-platform:ref:refs/heads/main"),
            ("StringEquals", $"{Issuer}:job_workflow_ref", $"bigbeard/bbws-platform/{PlatformProgram.DriftWorkflowPath}@refs/heads/{PlatformProgram.DefaultBranch}"),
        }), "the drift role must trust one workflow file on the default branch, nothing else");
        Assert.That(role.Role.Args.Name, Is.EqualTo($"2-1-bbws-github-drift-{stackName}"));
    }

    [Test]
    public void UsesTheImmutableSubjectOnceTheIdsAreRecorded() =>
        Assert.That(GithubSubject.Branch("bigbeard/bbws-platform", "main", "123", "456"), Is.EqualTo("repo:bigbeard@123/bbws-platform@456:ref:refs/heads/main"));

    [Test]
    public void GrantsOnlyReadActions()
    {
        var role = (GithubActionsRole)StackHarness.Build("sit").Bootstrap.Find("github-drift")!;
        var grants = role.Policies.SelectMany(p => p.Document.Statements).SelectMany(s => s.Actions.SelectMany(a => s.Resources.Select(r => (Action: a, Resource: r.Value ?? "<reference>")))).ToList();
        var readOnly = new ReadOnlyActions(IamCatalog.Load(RepositoryFiles.PathOf(IamCatalog.RelativePath)), []);

        Assert.That(grants, Is.Not.Empty);
        Assert.That(grants.Where(g => readOnly.WhyNotReadOnly(g.Action, g.Resource) is not null), Is.Empty, "the drift role only reads (catalog access level List or Read, or kms:Decrypt)");
    }
}
