using Infra.Workflows.Model;
using Infra.Workflows.Targets;

namespace Infra.Workflows.Definitions;

/// <summary>
/// drift.yml: every day, for each stack, the code and artifact of its last recorded deployment are planned read-only
/// through the stack's drift role (trusted only for this file on the default branch); a plan with changes means the
/// live infrastructure drifted, and opens an issue.
/// </summary>
public static class DriftWorkflow
{
    /// <summary>The file name, which the drift roles' trust names (the app's drift workflow path must end in it).</summary>
    public const string FileName = "drift.yml";

    /// <summary>Daily, 05:17 UTC (off the hour, when GitHub's scheduler is least loaded).</summary>
    public const string Schedule = "17 5 * * *";

    /// <summary>Builds the workflow.</summary>
    public static Workflow Build(WorkflowContext context) => context.App.DriftWorkflowPath != $".github/workflows/{FileName}"
        ? throw new InfraException($"workflows: the app's drift roles trust {context.App.DriftWorkflowPath}, but the drift workflow is .github/workflows/{FileName}: make IInfraApp.DriftWorkflowPath name it. Nothing was written.")
        : new()
        {
            FileName = FileName,
            Name = "drift",
            On = new Triggers { Schedules = [Schedule], Dispatch = [] },
            Permissions = TokenPermissions.ContentsRead,
            Jobs = [.. context.Ordered.Select(o => Drift(o.Target, context.App.DefaultBranch))],
        };

    private static Job Drift(DeploymentTarget target, string defaultBranch) => new()
    {
        Id = $"drift-{target.Stack}",
        Name = $"Drift in {target.Stack}",
        If = $"github.ref == 'refs/heads/{defaultBranch}'",

        // Queued behind a deploy, promote or rollback of the stack (never cancelling it): a plan during an apply would
        // report the apply's half-done changes as drift.
        Concurrency = Steps.StackGroup(target.Stack),
        Permissions = TokenPermissions.ContentsRead.With("id-token", TokenPermissions.Write)
            .With("deployments", TokenPermissions.Read).With("issues", TokenPermissions.Write),
        TimeoutMinutes = 45,
        Steps =
        [
            Steps.Checkout(fullHistory: true),
            Steps.SetupDotnet(),
            Steps.SetupTerraform(),
            Steps.RecordedBundle($"Last recorded deployment of {target.Stack}", "last", target.Stack, null),

            // The bundle comes from the stack's own artifact bucket, where it outlives GitHub's 90-day artifacts; it is
            // fetched with this workflow's infra, before the deployed commit (which may predate the verb) is checked out.
            Steps.AwsCredentials(target, target.DriftRoleArn),
            .. Steps.FetchPackages(target.Stack, "${{ steps.last.outputs.commit }}", "${{ steps.last.outputs.sha256 }}"),
            new Step
            {
                Name = "Check out the deployed commit",
                Env = new Dictionary<string, string> { ["COMMIT"] = "${{ steps.last.outputs.commit }}" },
                Run = "git checkout --detach \"$COMMIT\"",
            },
            new Step
            {
                Name = $"infra plan --stack {target.Stack} --detailed-exitcode",
                Id = "plan",
                Run = $"""
                    set +e
                    {Steps.Infra} plan --stack {target.Stack} --detailed-exitcode
                    code=$?
                    set -e
                    case $code in
                      0) echo "drifted=false" >> "$GITHUB_OUTPUT" ;;
                      1) echo "drifted=true" >> "$GITHUB_OUTPUT" ;;
                      *) exit $code ;;
                    esac
                    """,
            },
            new Step
            {
                Name = "Notify: open an issue",
                If = "steps.plan.outputs.drifted == 'true'",
                Env = new Dictionary<string, string> { ["GH_TOKEN"] = "${{ github.token }}", ["COMMIT"] = "${{ steps.last.outputs.commit }}" },
                Run = $"""
                    echo "::warning::stack {target.Stack} has drifted from commit $COMMIT"
                    gh issue create --repo "$GITHUB_REPOSITORY" --title "Drift in {target.Stack}" \
                      --body "The scheduled plan of {target.Stack} at commit $COMMIT has changes: the live infrastructure differs from the code. Run: $GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID"
                    """,
            },
        ],
    };
}
