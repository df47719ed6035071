using Infra.Resources.GitHub;

namespace Infra.Rules;

/// <summary>GH-SIGNED-COMMITS: Every branch ruleset requires signed commits.</summary>
public sealed class GitHubSignedCommitsRule() : Rule(
    RuleId,
    "Every branch ruleset requires signed commits (required_signatures).",
    "A signature ties each commit on a deploying branch to a key GitHub verified, so a commit with a forged author cannot land there.",
    checkovIds: ["CKV_GIT_6"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "GH-SIGNED-COMMITS";

    // Ported from checkov's BranchProtectionRequireSignedCommits (CKV_GIT_6, Apache-2.0): require_signed_commits must be
    // true, and a missing value fails. checkov reads github_branch_protection; this program protects branches with
    // github_repository_ruleset only, whose equivalent is the rules' required_signatures.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<RepositoryRuleset>()
            .Where(r => r.Args.Target == "branch" && r.Args.Rules.RequiredSignatures != true)
            .Select(r => Finding(r, $"ruleset {r.Args.Name} does not require signed commits: set Rules.RequiredSignatures = true (GitHub signs the squash merges it makes)."));
}
