using System.Globalization;
using Infra.Configuration;

namespace Infra.Components;

/// <summary>
/// The GitHub environments of one stack, read from its config: the one source the stack's bootstrap builds its
/// environments and its deploy role's OIDC subject from, and that workflows name their jobs' environments from (a
/// workflow naming a missing environment would silently get an unprotected one).
/// </summary>
/// <param name="Stack">The stack name.</param>
/// <param name="Target">The environment that deploys, trusted by the stack's deploy role (<c>bbws:githubEnvironment</c>, default the stack name).</param>
/// <param name="GateReviewers">User ids of each gate's reviewers, in order (<c>bbws:approvalReviewers1</c>, <c>bbws:approvalReviewers2</c>).</param>
/// <param name="Reviewers">User ids of the target environment's reviewers (<c>bbws:environmentReviewers</c>).</param>
/// <param name="BranchPatterns">Branches that may deploy (<c>bbws:deployBranches</c>).</param>
/// <param name="TagPatterns">Tags that may deploy (<c>bbws:deployTags</c>).</param>
public sealed record DeploymentEnvironments(
    string Stack,
    string Target,
    IReadOnlyList<IReadOnlyList<long>> GateReviewers,
    IReadOnlyList<long> Reviewers,
    IReadOnlyList<string> BranchPatterns,
    IReadOnlyList<string> TagPatterns)
{
    /// <summary>The most approvals a stack can require: one per gate key declared in Pulumi.yaml, plus the target's.</summary>
    public const int MaxApprovals = 3;

    /// <summary>Approvals a rollback needs wherever a promotion needs more than one (the playbook's dual approval).</summary>
    public const int RollbackApprovals = 2;

    /// <summary>The gate environments' names, in order.</summary>
    public IReadOnlyList<string> Gates => [.. GateReviewers.Select((_, i) => ApprovalChain.GateName(Target, i + 1))];

    /// <summary>The distinct approvals a deployment to the stack needs (<c>bbws:approvals</c>). 1 with no reviewers: the pull-request review that merged the change.</summary>
    public int Approvals => GateReviewers.Count + 1;

    /// <summary>The environments a deployment or promotion to this stack passes, in order; each is one workflow job needing the previous.</summary>
    public IReadOnlyList<string> Promotion => [.. Gates, Target];

    /// <summary>The environments a rollback passes: the first gate and the target (2 approvals) where there are gates, else the target.</summary>
    public IReadOnlyList<string> Rollback => Gates.Count == 0 ? [Target] : [.. Gates.Take(RollbackApprovals - 1), Target];

    /// <summary>Every environment the stack's bootstrap creates.</summary>
    public IReadOnlyList<string> All => Promotion;

    /// <summary>Reads and checks one stack's environments; throws (exit 2) on a missing or malformed reviewer list.</summary>
    public static DeploymentEnvironments For(StackConfig config)
    {
        var target = config.Get("githubEnvironment") is { Length: > 0 } name ? name : config.StackName;
        if (!GitHubNames.IsValidEnvironment(target))
        {
            throw ConfigErrors.Invalid(config.FileName, $"{config.Project}:githubEnvironment", $"is '{target}', not a usable GitHub environment name", "use letters, digits, '.', '_' or '-' (no spaces, '/' or ':'), at most 255");
        }

        var approvals = config.RequireInt("approvals");
        if (approvals is < 1 or > MaxApprovals)
        {
            throw ConfigErrors.Invalid(config.FileName, $"{config.Project}:approvals", $"is {approvals}", $"write 1 (dev: the pull-request review), 2 or {MaxApprovals}");
        }

        var gates = new List<IReadOnlyList<long>>();
        for (var i = 1; i < MaxApprovals; i++)
        {
            var key = $"approvalReviewers{i}";
            var ids = UserIds(config, key);
            if (i < approvals && ids.Count == 0)
            {
                throw ConfigErrors.Missing(config.FileName, $"{config.Project}:{key}", $"[\"<user id>\", ...] (the numeric ids of gate {ApprovalChain.GateName(target, i)}'s reviewers, from 'gh api users/<login> --jq .id')");
            }

            if (i >= approvals && ids.Count > 0)
            {
                throw ConfigErrors.Invalid(config.FileName, $"{config.Project}:{key}", $"is set but {config.Project}:approvals is {approvals}, so gate {i} does not exist", "remove it, or raise bbws:approvals");
            }

            if (i < approvals)
            {
                gates.Add(ids);
            }
        }

        var reviewers = UserIds(config, "environmentReviewers");
        if (approvals > 1 && reviewers.Count == 0)
        {
            throw ConfigErrors.Missing(config.FileName, $"{config.Project}:environmentReviewers", $"[\"<user id>\", ...] (the numeric ids of environment {target}'s reviewers)");
        }

        return new DeploymentEnvironments(config.StackName, target, gates, reviewers, config.GetList("deployBranches"), config.GetList("deployTags"));
    }

    private static List<long> UserIds(StackConfig config, string key) =>
        config.GetList(key).Select(text => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw ConfigErrors.Invalid(config.FileName, $"{config.Project}:{key}", $"has '{text}', not a GitHub user id", "write numeric user ids (gh api users/<login> --jq .id), not logins"))
        .ToList();
}
