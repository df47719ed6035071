using System.Text.RegularExpressions;
using Infra.Configuration;
using Infra.Deploy.GitHub;

namespace Infra.Deploy;

/// <summary>
/// The check a promotion runs before it checks anything out or assumes any role, with the workflow ref's own code:
/// the commit is on the default branch, and the GitHub Actions API (not a deployment record alone, which any
/// workflow with <c>deployments: write</c> can write) shows a successful run of the workflow that deploys the stack
/// below: for the stack after the first, a push run of the first stack's deploy workflow at that commit on the
/// default branch; further up, the promotion run named by the lower stack's successful deployment record, a
/// dispatch of that stack's promotion workflow on the default branch whose title names the commit.
/// </summary>
public sealed partial class PromotionVerifier
{
    private readonly IRepositoryHistory history;
    private readonly IDeploymentRecords records;
    private readonly ProjectFile project;
    private readonly string defaultBranch;
    private readonly string firstStackWorkflowPath;
    private readonly Func<string, string> promoteWorkflowPath;

    /// <summary>Creates the verifier.</summary>
    /// <param name="history">The compare and workflow-run API.</param>
    /// <param name="records">The deployment records, which name the run that wrote each.</param>
    /// <param name="project">The stacks and their promotion order.</param>
    /// <param name="defaultBranch">The branch every promoted commit must be on.</param>
    /// <param name="firstStackWorkflowPath">The workflow file that deploys the first stack on push.</param>
    /// <param name="promoteWorkflowPath">The workflow file that promotes to a stack.</param>
    public PromotionVerifier(IRepositoryHistory history, IDeploymentRecords records, ProjectFile project, string defaultBranch, string firstStackWorkflowPath, Func<string, string> promoteWorkflowPath)
    {
        this.history = history;
        this.records = records;
        this.project = project;
        this.defaultBranch = defaultBranch;
        this.firstStackWorkflowPath = firstStackWorkflowPath;
        this.promoteWorkflowPath = promoteWorkflowPath;
    }

    /// <summary>
    /// The run that proves <paramref name="commit"/> may be promoted to <paramref name="stack"/>; exit 2 for a stack
    /// that is not promoted or a commit that is not a full SHA, exit 3 naming what is missing and the fix otherwise.
    /// </summary>
    public async Task<WorkflowRunFacts> VerifyAsync(string stack, string commit, CancellationToken cancellationToken)
    {
        var lower = project.PromotedFrom(stack)
            ?? throw new InfraException($"--to '{stack}': only {string.Join(" and ", project.Stacks.Where(s => project.PromotedFrom(s) is not null))} are promoted ({project.StacksFullKey} in {ProjectFile.FileName}).", ExitCodes.BadInput);
        if (!FullSha().IsMatch(commit))
        {
            throw new InfraException($"--commit '{commit}': give the full 40-character commit SHA (a branch, tag or short SHA could name another commit by the time it is deployed).", ExitCodes.BadInput);
        }

        var status = await history.CompareAsync(defaultBranch, commit, cancellationToken).ConfigureAwait(false);
        if (status is not ("identical" or "behind"))
        {
            throw Refused(stack, commit, status is null
                ? $"the repository has no commit {commit}"
                : $"{commit} is not on {defaultBranch} (compare {defaultBranch}...{commit}: {status})",
                $"merge it to {defaultBranch} through a pull request, let it deploy to {lower}, then promote that merged commit");
        }

        return project.PromotedFrom(lower) is null
            ? await FirstStackRunAsync(stack, lower, commit, cancellationToken).ConfigureAwait(false)
            : await PromotionRunAsync(stack, lower, commit, cancellationToken).ConfigureAwait(false);
    }

    private async Task<WorkflowRunFacts> FirstStackRunAsync(string stack, string lower, string commit, CancellationToken cancellationToken)
    {
        var runs = await history.RunsAsync(Path.GetFileName(firstStackWorkflowPath), defaultBranch, "push", commit, cancellationToken).ConfigureAwait(false);
        var proof = runs.FirstOrDefault(r => r.Succeeded && r.Path == firstStackWorkflowPath && r.HeadBranch == defaultBranch && r.Event == "push" && r.HeadSha == commit);
        if (proof is not null)
        {
            return proof;
        }

        var seen = runs.Count == 0 ? "there is no such run" : "the runs found did not succeed: " + string.Join("; ", runs.Select(r => r.Describe()));
        throw Refused(stack, commit, $"no successful push run of {firstStackWorkflowPath} on {defaultBranch} at {commit} deployed it to {lower} ({seen})",
            $"wait for (or re-run) {Path.GetFileName(firstStackWorkflowPath)} on {defaultBranch} for that commit until it succeeds, then promote");
    }

    private async Task<WorkflowRunFacts> PromotionRunAsync(string stack, string lower, string commit, CancellationToken cancellationToken)
    {
        var expected = promoteWorkflowPath(lower);
        var candidates = (await records.ListAsync(lower, 30, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Commit == commit && r.State == "success" && r.Kind == DeploymentRecord.DeployKind)
            .ToList();
        var reasons = new List<string>();
        foreach (var record in candidates)
        {
            if (record.RunId is not { } runId)
            {
                reasons.Add($"deployment {record.Id} names no workflow run");
                continue;
            }

            var run = await history.RunAsync(runId, cancellationToken).ConfigureAwait(false);
            if (run is null)
            {
                reasons.Add($"deployment {record.Id} names run {runId}, which does not exist");
            }
            else if (run.Path != expected || run.HeadBranch != defaultBranch || run.Event != "workflow_dispatch")
            {
                reasons.Add($"deployment {record.Id} was written by {run.Describe()}, not a dispatch of {expected} on {defaultBranch}");
            }
            else if (!run.Succeeded)
            {
                reasons.Add($"deployment {record.Id} was written by {run.Describe()}, which did not succeed");
            }
            else if (!run.DisplayTitle.Contains(commit, StringComparison.Ordinal))
            {
                reasons.Add($"deployment {record.Id} was written by {run.Describe()}, which promoted another commit ('{run.DisplayTitle}')");
            }
            else
            {
                return run;
            }
        }

        var found = candidates.Count == 0 ? $"no successful deployment record of {commit} in {lower}" : string.Join("; ", reasons);
        throw Refused(stack, commit, $"no successful run of {expected} on {defaultBranch} deployed it to {lower} ({found})",
            $"promote that commit to {lower} with {Path.GetFileName(expected)} from {defaultBranch} first, then promote it to {stack}");
    }

    private static InfraException Refused(string stack, string commit, string missing, string fix) =>
        new($"promote {commit} to {stack} refused: {missing}. Fix: {fix}. Nothing was checked out and no role was assumed.", ExitCodes.EnvironmentRefused);

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex FullSha();
}
