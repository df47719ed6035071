using Infra.Platform;
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
    /// <summary>The file name, which the drift roles' trust names.</summary>
    public static string FileName => Path.GetFileName(PlatformProgram.DriftWorkflowPath);

    /// <summary>Daily, 05:17 UTC (off the hour, when GitHub's scheduler is least loaded).</summary>
    public const string Schedule = "17 5 * * *";

    /// <summary>Builds the workflow.</summary>
    public static Workflow Build(WorkflowContext context) => new()
    {
        FileName = FileName,
        Name = "drift",
        On = new Triggers { Schedules = [Schedule], Dispatch = [] },
        Permissions = TokenPermissions.ContentsRead,
        Jobs = [.. context.Ordered.Select(o => Drift(o.Target))],
    };

    private static Job Drift(DeploymentTarget target) => new()
    {
        Id = $"drift-{target.Stack}",
        Name = $"Drift in {target.Stack}",
        If = $"github.ref == 'refs/heads/{PlatformProgram.DefaultBranch}'",

        // Queued behind a deploy, promote or rollback of the stack (never cancelling it): a plan during an apply would
        // report the apply's half-done changes as drift.
        Concurrency = Steps.StackGroup(target.Stack),
        Permissions = TokenPermissions.ContentsRead.With("id-token", TokenPermissions.Write).With("actions", TokenPermissions.Read)
            .With("deployments", TokenPermissions.Read).With("issues", TokenPermissions.Write),
        TimeoutMinutes = 45,
        Steps =
        [
            Steps.Checkout(fullHistory: true),
            Steps.SetupDotnet(),
            Steps.SetupTerraform(),
            new Step
            {
                Name = $"Last recorded deployment of {target.Stack}",
                Id = "last",
                Env = new Dictionary<string, string> { ["GITHUB_TOKEN"] = "${{ github.token }}" },
                Run = $"""
                    mkdir -p .build
                    {Steps.Infra} deployments --stack {target.Stack} --count 100 --format json > .build/deployments.json
                    jq '[.[] | select(.kind == "deploy" and .result == "success")][0] // empty' .build/deployments.json > .build/last-deployment.json
                    if [ ! -s .build/last-deployment.json ]; then
                      echo "::error::no successful deployment of {target.Stack} is recorded: deploy it before checking it for drift"
                      exit 1
                    fi
                    echo "commit=$(jq -r '.commit' .build/last-deployment.json)" >> "$GITHUB_OUTPUT"
                    echo "sha256=$(jq -r '.artifactSha256' .build/last-deployment.json)" >> "$GITHUB_OUTPUT"
                    """,
            },
            new Step
            {
                Name = "Check out the deployed commit",
                Env = new Dictionary<string, string> { ["COMMIT"] = "${{ steps.last.outputs.commit }}" },
                Run = "git checkout --detach \"$COMMIT\"",
            },
            Steps.FindPackageRun("${{ steps.last.outputs.commit }}"),
            .. Steps.DownloadPackages("${{ steps.last.outputs.commit }}", "${{ steps.package-run.outputs.run-id }}"),
            new Step
            {
                Name = "Check the artifact is the one deployed",
                Env = new Dictionary<string, string> { ["SHA256"] = "${{ steps.last.outputs.sha256 }}" },
                Run = $"echo \"$SHA256  {LambdaArtifact.Bundle}\" | sha256sum -c -",
            },
            Steps.AwsCredentials(target, target.DriftRoleArn),
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
