using Infra.Model;
using Infra.Resources.GitHub;

namespace Infra.Components;

/// <summary>
/// One GitHub deployment environment: its reviewers, the refs that may deploy to it (one deployment policy each),
/// and its Actions variables. GitHub lists at most 6 reviewers and any ONE of them approves.
/// </summary>
public sealed class GitHubEnvironment : ComponentResource
{
    /// <summary>GitHub's limit on the reviewers of one environment (users and teams together).</summary>
    public const int MaxReviewers = 6;

    /// <summary>Builds the environment; throws on an unusable name, more than 6 reviewers or a reviewer listed twice.</summary>
    public GitHubEnvironment(string name, GitHubEnvironmentArgs args, ResourceOptions? options = null)
        : base("bbws:github:Environment", name, options)
    {
        GitHubNames.RequireEnvironment(nameof(args.EnvironmentName), args.EnvironmentName);
        var count = args.UserReviewers.Count + args.TeamReviewers.Count;
        if (count > MaxReviewers)
        {
            throw new ArgumentException($"environment {args.EnvironmentName} lists {count} reviewers ({Describe(args)}): GitHub accepts at most {MaxReviewers}; move the others to another gate environment or into a team.", nameof(args));
        }

        var twice = args.UserReviewers.GroupBy(u => u).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (twice is not null)
        {
            throw new ArgumentException($"environment {args.EnvironmentName} lists user {twice} twice: list each reviewer once.", nameof(args));
        }

        var restricted = args.BranchPatterns.Count + args.TagPatterns.Count > 0;
        Environment = new RepositoryEnvironment(name, new RepositoryEnvironmentArgs
        {
            Repository = args.Repository,
            Environment = args.EnvironmentName,
            PreventSelfReview = args.PreventSelfReview,
            CanAdminsBypass = args.CanAdminsBypass,
            Reviewers = count == 0 ? null : [new EnvironmentReviewers
            {
                Users = args.UserReviewers.Count == 0 ? null : [.. args.UserReviewers.Order()],
                Teams = args.TeamReviewers.Count == 0 ? null : [.. args.TeamReviewers.Order()],
            }],
            DeploymentBranchPolicy = restricted ? new EnvironmentDeploymentBranchPolicy { ProtectedBranches = false, CustomBranchPolicies = true } : null,
        }, ChildOptions());
        EnvironmentName = args.EnvironmentName;
        UserReviewers = args.UserReviewers;
        TeamReviewers = args.TeamReviewers;

        // Child names come from the pattern, so adding a pattern never renames (and replaces) another's policy.
        Policies =
        [
            .. args.BranchPatterns.Select(p => Policy(name, args.Repository, "branch", p, branch: true)),
            .. args.TagPatterns.Select(p => Policy(name, args.Repository, "tag", p, branch: false)),
        ];
        Variables = args.Variables.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => new ActionsEnvironmentVariable(
            $"{name}-{v.Key.ToLowerInvariant().Replace('_', '-')}",
            new ActionsEnvironmentVariableArgs
            {
                Repository = args.Repository,
                Environment = Environment.EnvironmentName,
                VariableName = v.Key,
                Value = v.Value,
            },
            ChildOptions())).ToList();
    }

    /// <summary>The environment name, as workflows and the OIDC subject name it.</summary>
    public string EnvironmentName { get; }

    /// <summary>The user reviewers.</summary>
    public IReadOnlyList<long> UserReviewers { get; }

    /// <summary>The team reviewers.</summary>
    public IReadOnlyList<long> TeamReviewers { get; }

    /// <summary>True when a deployment to the environment waits for one reviewer's approval.</summary>
    public bool RequiresApproval => UserReviewers.Count + TeamReviewers.Count > 0;

    /// <summary>The environment resource.</summary>
    public RepositoryEnvironment Environment { get; }

    /// <summary>One deployment policy per branch and tag pattern.</summary>
    public IReadOnlyList<RepositoryEnvironmentDeploymentPolicy> Policies { get; }

    /// <summary>The Actions variables.</summary>
    public IReadOnlyList<ActionsEnvironmentVariable> Variables { get; }

    private RepositoryEnvironmentDeploymentPolicy Policy(string name, string repository, string kind, string pattern, bool branch) =>
        new($"{name}-{kind}-{Slug(pattern)}", new RepositoryEnvironmentDeploymentPolicyArgs
        {
            Repository = repository,
            Environment = Environment.EnvironmentName,
            BranchPattern = branch ? pattern : null,
            TagPattern = branch ? null : pattern,
        }, ChildOptions());

    // release/* -> release-any; v* -> v-any: logical names take letters, digits and '-' only.
    private static string Slug(string pattern) =>
        string.Join('-', pattern.Replace("*", "-any-", StringComparison.Ordinal).Split(['/', '.', '-', '_', '?'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string Describe(GitHubEnvironmentArgs args) =>
        string.Join(", ", args.UserReviewers.Select(u => $"user {u}").Concat(args.TeamReviewers.Select(t => $"team {t}")));
}
