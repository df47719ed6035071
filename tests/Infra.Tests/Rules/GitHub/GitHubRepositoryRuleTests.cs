using Infra.Resources.GitHub;
using Infra.Rules;
using Infra.Tests.Components;
using Infra.Tests.Testing;

namespace Infra.Tests.Rules;

public class GitHubRepositoryRuleTests
{
    [Test]
    [Compliant(GitHubRepositoryRule.RuleId)]
    public void ThePlatformsRepositoryHasAlertsArchiveAndADefaultBranchRuleset()
    {
        var findings = new GitHubRepositoryRule().Evaluate(StackHarness.Build("prod")).ToList();

        Assert.That(findings, Is.Empty, "prod's bootstrap declares the repository as required:\n" + string.Join("\n", findings));
    }

    [Test]
    [NonCompliant(GitHubRepositoryRule.RuleId)]
    public void FailsOnARepositoryWithoutAlertsArchiveOrRuleset()
    {
        var stack = TestStacks.Empty("sit");
        _ = new Repository("bare-repository", new RepositoryArgs { Name = "bare", Visibility = "private" }, TestStacks.In(stack.Bootstrap));

        var messages = new GitHubRepositoryRule().Evaluate(stack).Select(f => f.Message).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(messages, Has.Some.StartsWith("vulnerability_alerts is not true"));
            Assert.That(messages, Has.Some.StartsWith("archive_on_destroy is not true"));
            Assert.That(messages, Has.Some.StartsWith("no active branch ruleset includes ~DEFAULT_BRANCH"));
        });
    }

    [Test]
    public void FailsWhenTheRepositoryStackDeclaresNoRepository()
    {
        var finding = new GitHubRepositoryRule().Evaluate(EmptyStackOf(new StandInApp { RepositoryStack = "prod" }, "prod")).Single();

        Assert.That(finding.Message, Does.Contain("declares no github_repository"));
    }

    [Test]
    public void TheStackThatMustHoldTheRepositoryIsTheOneTheAppNames()
    {
        var app = new StandInApp { RepositoryStack = "sit" };

        Assert.Multiple(() =>
        {
            Assert.That(new GitHubRepositoryRule().Evaluate(EmptyStackOf(app, "sit")).Select(f => f.Message), Has.Some.Contains("declares no github_repository"),
                "the rule must read which stack holds the repository from the app that built the stack");
            Assert.That(new GitHubRepositoryRule().Evaluate(EmptyStackOf(app, "prod")), Is.Empty, "a stack the app does not name need not hold the repository");
        });
    }

    private static Infra.Model.Stack EmptyStackOf(StandInApp app, string stack) =>
        app.Build(Infra.Configuration.ProjectConfig.Load(RepositoryFiles.Root).Stack(stack), RepositoryFiles.Root);
}
