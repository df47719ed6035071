using Infra.Resources.GitHub;

namespace Infra.Rules;

/// <summary>
/// GH-REPOSITORY: the stack that holds the repository declares it with vulnerability alerts on and archive-on-destroy,
/// and a ruleset covers the default branch.
/// </summary>
public sealed class GitHubRepositoryRule() : Rule(
    RuleId,
    "The repository has vulnerability alerts on, is archived (never deleted) on destroy, and a ruleset protects its default branch.",
    "Every deploy starts from the default branch: without a ruleset anyone with push rights ships to dev unreviewed, and without alerts a vulnerable dependency ships unnoticed.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "GH-REPOSITORY";

    /// <summary>How a ruleset names the default branch, whatever it is called.</summary>
    public const string DefaultBranchRef = "~DEFAULT_BRANCH";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var repositories = stack.ResourcesOf<Repository>().ToList();
        if (stack.Name == stack.App?.RepositoryStack && repositories.Count == 0)
        {
            yield return Finding(stack.Bootstrap, $"stack {stack.Name} holds the repository but declares no github_repository: add the GitHubRepository component to its bootstrap root.");
        }

        foreach (var repository in repositories)
        {
            if (repository.Args.VulnerabilityAlerts != true)
            {
                yield return Finding(repository, "vulnerability_alerts is not true: set VulnerabilityAlerts = true so that Dependabot reports vulnerable dependencies.");
            }

            if (repository.Args.ArchiveOnDestroy != true)
            {
                yield return Finding(repository, "archive_on_destroy is not true: set ArchiveOnDestroy = true so that removing the resource archives the repository instead of deleting its history.");
            }

            var coversDefault = repository.Root.ResourcesOf<RepositoryRuleset>()
                .Any(r => r.Args.Target == "branch" && r.Args.Enforcement == "active" && r.Args.Conditions.RefName.Include.Contains(DefaultBranchRef, StringComparer.Ordinal));
            if (!coversDefault)
            {
                yield return Finding(repository, $"no active branch ruleset includes {DefaultBranchRef}: add one (pull request, approvals, required check, no force push, no deletion).");
            }
        }
    }
}
