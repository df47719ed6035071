using System.Text.RegularExpressions;
using Infra.App;
using Infra.Components;
using Infra.Resources.Aws;
using Infra.Synthesis;
using Infra.Tests.Testing;
using Infra.Workflows.Definitions;
using Infra.Workflows.Model;

namespace Infra.Tests.Workflows;

/// <summary>
/// The generated workflows against the generated role trusts: the token of every job that assumes a role, as GitHub
/// would mint it, is admitted by that role's trust, and the same job from another branch, or another workflow file
/// claiming the same subject, is refused.
/// </summary>
public class WorkflowTrustTests
{
    private const string Repository = "bigbeard/bbws-platform";
    private static readonly Lazy<IReadOnlyList<IamRole>> Roles = new(() =>
        [.. Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root).Stacks.SelectMany(s => s.Bootstrap.CustomResources.OfType<IamRole>())]);

    [Test]
    public void EveryJobThatAssumesARoleIsAdmittedByItsTrustOnTheRefsItsWorkflowRunsFrom()
    {
        var assuming = AssumingJobs().ToList();

        Assert.That(assuming.Select(a => a.Workflow.FileName).Distinct(), Is.SupersetOf(new[] { "deploy-dev.yml", "promote-sit.yml", "promote-prod.yml", "rollback.yml", "drift.yml", "pr-preview.yml" }), "test setup: every role-assuming workflow must be found");
        Assert.Multiple(() =>
        {
            foreach (var (workflow, job, role) in assuming)
            {
                foreach (var reference in Refs(workflow))
                {
                    var claims = Claims(workflow, job, reference);
                    Assert.That(Admits(role, claims), Is.True, $"{workflow.FileName} job {job.Id} on {reference} must be able to assume {role.Args.Name}: claims {string.Join(", ", claims.Select(c => $"{c.Key}={c.Value}"))}");
                }
            }
        });
    }

    [Test]
    public void TheSameJobsFromABranchTheTrustDoesNotPinOrFromAnotherWorkflowFileAreRefused()
    {
        Assert.Multiple(() =>
        {
            foreach (var (workflow, job, role) in AssumingJobs())
            {
                var reference = workflow.On.PullRequest ? "refs/pull/7/merge" : "refs/heads/main";
                var pushed = Claims(workflow, job, "refs/heads/release/1.0");
                var other = Claims(workflow, job, reference);
                other[Key("job_workflow_ref")] = $"{Repository}/.github/workflows/mine.yml@{reference}";

                Assert.That(Admits(role, pushed), Is.False, $"{role.Args.Name} must refuse {workflow.FileName} run from release/1.0");
                Assert.That(Admits(role, other), Is.False, $"{role.Args.Name} must refuse another workflow file claiming {job.Environment ?? "the same subject"}");
            }
        });
    }

    private static IEnumerable<(Workflow Workflow, Job Job, IamRole Role)> AssumingJobs()
    {
        foreach (var workflow in GeneratedWorkflows.All)
        {
            foreach (var job in workflow.Jobs)
            {
                var step = job.Steps.FirstOrDefault(s => s.Uses == Actions.ConfigureAwsCredentials);
                if (step is null)
                {
                    continue;
                }

                var arn = step.With["role-to-assume"];
                var role = arn.StartsWith("arn:", StringComparison.Ordinal)
                    ? Roles.Value.Single(r => arn.EndsWith($":role/{r.Args.Name}", StringComparison.Ordinal))
                    : Roles.Value.Single(r => Subjects(r).Contains(GithubSubject.Environment(Repository, job.Environment!)));
                yield return (workflow, job, role);
            }
        }
    }

    // The refs a run of the workflow has: a push's branch, a pull request's merge ref, the default branch for a
    // schedule and for a dispatch (the one branch the trusts pin for dispatched workflows).
    private static IEnumerable<string> Refs(Workflow workflow) =>
        workflow.On.PushBranches is { } branches ? branches.Select(b => $"refs/heads/{b}")
        : workflow.On.PullRequest ? ["refs/pull/7/merge"]
        : [$"refs/heads/{PlatformProgram.DefaultBranch}"];

    private static Dictionary<string, string> Claims(Workflow workflow, Job job, string reference) => new(StringComparer.Ordinal)
    {
        [Key("aud")] = "sts.amazonaws.com",
        [Key("sub")] = job.Environment is { } environment ? GithubSubject.Environment(Repository, environment)
            : workflow.On.PullRequest ? GithubSubject.PullRequest(Repository)
            : $"repo:{Repository}:ref:{reference}",
        [Key("job_workflow_ref")] = $"{Repository}/{workflow.Path.Value}@{reference}",
    };

    // IAM's evaluation of the trust's conditions: every condition must hold; a missing claim fails it.
    private static bool Admits(IamRole role, IReadOnlyDictionary<string, string> claims) =>
        role.Args.AssumeRolePolicy.Statements.Any(s => s.Effect == "Allow" && s.Conditions.All(c => claims.TryGetValue(c.Variable, out var claim) && c.Test switch
        {
            "StringEquals" => c.Values.Contains(claim),
            "StringLike" => c.Values.Any(v => Regex.IsMatch(claim, "^" + Regex.Escape(v).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$")),
            _ => throw new AssertionException($"{role.Args.Name} tests {c.Variable} with {c.Test}, which this test does not evaluate"),
        }));

    private static List<string> Subjects(IamRole role) =>
        [.. role.Args.AssumeRolePolicy.Statements.SelectMany(s => s.Conditions).Where(c => c.Variable == Key("sub")).SelectMany(c => c.Values)];

    private static string Key(string claim) => $"{GithubActionsRole.TokenIssuer}:{claim}";
}
