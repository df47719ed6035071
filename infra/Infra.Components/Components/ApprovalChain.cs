using Infra.Model;

namespace Infra.Components;

/// <summary>
/// N distinct approvals out of GitHub environments, where one environment gives only one (any ONE listed reviewer
/// approves): a chain of gate environments <c>&lt;env&gt;-approval-1</c> … <c>&lt;env&gt;-approval-(N-1)</c>, then
/// <c>&lt;env&gt;</c> itself, each with its own reviewer set, pairwise disjoint, self-review prevented and no admin
/// bypass. A workflow runs one job per environment, each needing the previous, so a deployment waits for one
/// approval from each set: N different people. Only the final environment carries variables and is trusted by the
/// account's deploy role, so approving a gate deploys nothing.
/// </summary>
public sealed class ApprovalChain : ComponentResource
{
    /// <summary>Builds the chain; throws when a gate has no reviewer, or a reviewer is in two sets.</summary>
    public ApprovalChain(string name, ApprovalChainArgs args, ResourceOptions? options = null)
        : base("bbws:github:ApprovalChain", name, options)
    {
        GitHubNames.RequireEnvironment(nameof(args.EnvironmentName), args.EnvironmentName);
        if (args.GateReviewers.Count > 0 && args.Reviewers.Count == 0)
        {
            throw new ArgumentException($"environment {args.EnvironmentName} has {args.GateReviewers.Count} gate(s) but no reviewers of its own, so its last step approves nothing: list its reviewers too.", nameof(args));
        }

        for (var i = 0; i < args.GateReviewers.Count; i++)
        {
            if (args.GateReviewers[i].Count == 0)
            {
                throw new ArgumentException($"gate {GateName(args.EnvironmentName, i + 1)} has no reviewers, so it would pass without an approval: list at least one user id.", nameof(args));
            }
        }

        var sets = args.GateReviewers.Select((r, i) => (Name: GateName(args.EnvironmentName, i + 1), Users: r))
            .Append((Name: args.EnvironmentName, Users: args.Reviewers))
            .ToList();
        foreach (var (first, second) in sets.SelectMany((a, i) => sets.Skip(i + 1).Select(b => (a, b))))
        {
            var shared = first.Users.Intersect(second.Users).Order().ToList();
            if (shared.Count > 0)
            {
                throw new ArgumentException($"user(s) {string.Join(", ", shared)} review both {first.Name} and {second.Name}: one person would give two of the approvals; keep each reviewer in one set only.", nameof(args));
            }
        }

        Gates = args.GateReviewers.Select((reviewers, i) => new GitHubEnvironment($"{name}-approval-{i + 1}", new GitHubEnvironmentArgs
        {
            Repository = args.Repository,
            EnvironmentName = GateName(args.EnvironmentName, i + 1),
            UserReviewers = reviewers,
            BranchPatterns = args.BranchPatterns,
            TagPatterns = args.TagPatterns,
        }, ChildOptions())).ToList();
        Target = new GitHubEnvironment($"{name}-deploy", new GitHubEnvironmentArgs
        {
            Repository = args.Repository,
            EnvironmentName = args.EnvironmentName,
            UserReviewers = args.Reviewers,
            BranchPatterns = args.BranchPatterns,
            TagPatterns = args.TagPatterns,
            Variables = args.Variables,
        }, ChildOptions());
    }

    /// <summary>The gate environments, in the order a deployment passes them.</summary>
    public IReadOnlyList<GitHubEnvironment> Gates { get; }

    /// <summary>The environment that deploys.</summary>
    public GitHubEnvironment Target { get; }

    /// <summary>The environment names a deployment passes, in order, ending with <see cref="Target"/>.</summary>
    public IReadOnlyList<string> EnvironmentNames => [.. Gates.Select(g => g.EnvironmentName), Target.EnvironmentName];

    /// <summary>The distinct approvals a deployment through the whole chain needs.</summary>
    public int Approvals => Gates.Count(g => g.RequiresApproval) + (Target.RequiresApproval ? 1 : 0);

    /// <summary>The name of gate <paramref name="number"/> (from 1) before <paramref name="environment"/>.</summary>
    public static string GateName(string environment, int number) => $"{environment}-approval-{number}";
}
