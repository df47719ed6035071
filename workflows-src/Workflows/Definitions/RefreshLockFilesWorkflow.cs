using Infra.Model;
using Infra.Synthesis;
using Infra.Workflows.Model;
using Infra.Workflows.Targets;

namespace Infra.Workflows.Definitions;

/// <summary>
/// refresh-lock-files.yml: weekly and on demand, the pinned Terraform locks the pinned providers of every root for
/// linux_amd64 (the runners' platform) and, when a lock file changed, opens a pull request with them. The pull request
/// is opened with a GitHub App's token: one opened with <c>GITHUB_TOKEN</c> starts no workflow, so the required check
/// would never report and the pull request could not merge ("Triggering a workflow from a workflow",
/// https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/trigger-a-workflow).
/// </summary>
public static class RefreshLockFilesWorkflow
{
    /// <summary>The file name.</summary>
    public const string FileName = "refresh-lock-files.yml";

    /// <summary>Mondays, 04:23 UTC (off the hour, when GitHub's scheduler is least loaded).</summary>
    public const string Schedule = "23 4 * * 1";

    /// <summary>The branch the refreshed lock files are pushed to (the workflow's own: it is force-pushed).</summary>
    public const string Branch = "infra/refresh-lock-files";

    /// <summary>The repository variable holding the GitHub App's id.</summary>
    public const string AppIdVariable = "LOCK_REFRESH_APP_ID";

    /// <summary>The repository secret holding the GitHub App's private key.</summary>
    public const string AppKeySecret = "LOCK_REFRESH_APP_PRIVATE_KEY";

    /// <summary>The platform the lock files hold hashes for.</summary>
    public const string Platform = "linux_amd64";

    /// <summary>Builds the workflow.</summary>
    public static Workflow Build(WorkflowContext context)
    {
        var lockFiles = context.Targets.SelectMany(t => t.TerraformRoots).Select(r => $"{r}/{LockFileCheck.FileName}").ToList();
        return new()
        {
            FileName = FileName,
            Name = "refresh-lock-files",
            On = new Triggers { Schedules = [Schedule], Dispatch = [] },
            Permissions = TokenPermissions.ContentsRead,
            Jobs =
            [
                new Job
                {
                    Id = "refresh",
                    Name = "Refresh the Terraform lock files",
                    If = $"github.ref == 'refs/heads/{context.App.DefaultBranch}'",
                    TimeoutMinutes = 20,

                    // Two runs (the schedule and a dispatch) would force-push the same branch over each other: the
                    // second waits, and then finds the lock files already matching or pushes its own result.
                    Concurrency = new Concurrency("refresh-lock-files", CancelInProgress: false),
                    Steps =
                    [
                        Steps.Checkout(),
                        Steps.SetupTerraform(),
                        new Step
                        {
                            // 'providers lock' reads required_providers only: no backend, no credentials.
                            Name = $"Lock every root's providers for {Platform}",
                            Run = string.Join('\n', context.Targets.SelectMany(t => t.TerraformRoots).Select(r => $"terraform -chdir={r} providers lock -platform={Platform}")),
                        },
                        new Step
                        {
                            Name = "Stage the changed lock files",
                            Id = "changes",
                            Run = $"""
                                git add -- {string.Join(' ', lockFiles)}
                                if git diff --cached --quiet; then
                                  echo "changed=false" >> "$GITHUB_OUTPUT"
                                  echo "The lock files already match the pinned providers."
                                else
                                  echo "changed=true" >> "$GITHUB_OUTPUT"
                                  git diff --cached --stat
                                fi
                                """,
                        },
                        new Step
                        {
                            Name = "GitHub App token",
                            Id = "app-token",
                            If = "steps.changes.outputs.changed == 'true'",
                            Uses = Actions.CreateGitHubAppToken,
                            With = new Dictionary<string, string>
                            {
                                ["app-id"] = $"${{{{ vars.{AppIdVariable} }}}}",
                                ["private-key"] = $"${{{{ secrets.{AppKeySecret} }}}}",
                                ["permission-contents"] = "write",
                                ["permission-pull-requests"] = "write",
                            },
                        },
                        new Step
                        {
                            Name = "Open a pull request with the lock files",
                            If = "steps.changes.outputs.changed == 'true'",
                            Env = new Dictionary<string, string>
                            {
                                ["GH_TOKEN"] = "${{ steps.app-token.outputs.token }}",
                                ["APP_SLUG"] = "${{ steps.app-token.outputs.app-slug }}",
                            },
                            Run = $"""
                                git config user.name "$APP_SLUG[bot]"
                                git config user.email "$APP_SLUG[bot]@users.noreply.github.com"
                                git switch -C {Branch}
                                git commit -q -m "Refresh the Terraform lock files ({Platform}, Terraform {EngineVersions.Terraform})"
                                # git authenticates through gh with the App's token, which is never written to disk.
                                gh auth setup-git
                                git push --force origin HEAD:refs/heads/{Branch}
                                open=$(gh pr list --repo "$GITHUB_REPOSITORY" --head {Branch} --state open --json number --jq length)
                                if [ "$open" = 0 ]; then
                                  gh pr create --repo "$GITHUB_REPOSITORY" --base {context.App.DefaultBranch} --head {Branch} \
                                    --title "Refresh the Terraform lock files" \
                                    --body "The pinned providers locked for {Platform} by $GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID."
                                else
                                  echo "The open pull request from {Branch} now has the refreshed lock files."
                                fi
                                """,
                        },
                    ],
                },
            ],
        };
    }
}
