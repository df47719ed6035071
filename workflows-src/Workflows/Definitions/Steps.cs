using Infra.Model;
using Infra.Workflows.Model;
using Infra.Workflows.Targets;

namespace Infra.Workflows.Definitions;

/// <summary>The steps several workflows share.</summary>
public static class Steps
{
    /// <summary>How every workflow runs the CLI (DESIGN.md: one executable, run the same way everywhere).</summary>
    public const string Infra = "dotnet run --project infra/Infra.Cli --";

    /// <summary>The condition of everything that needs a writable token or OIDC: the pull request is not from a fork.</summary>
    public const string SameRepository = "github.event.pull_request.head.repo.full_name == github.repository";

    /// <summary>Checks out the repository (all history when <paramref name="fullHistory"/>, for base comparisons).</summary>
    public static Step Checkout(bool fullHistory = false, string? reference = null)
    {
        var with = new Dictionary<string, string> { ["persist-credentials"] = "false" };
        if (fullHistory)
        {
            with["fetch-depth"] = "0";
        }

        if (reference is not null)
        {
            with["ref"] = reference;
        }

        return new Step { Name = "Check out", Uses = Actions.Checkout, With = with };
    }

    /// <summary>Installs the SDK global.json names.</summary>
    public static Step SetupDotnet() => new()
    {
        Name = "Set up .NET",
        Uses = Actions.SetupDotnet,
        With = new Dictionary<string, string> { ["global-json-file"] = "global.json" },
    };

    /// <summary>
    /// Installs the pinned Terraform (every stack runs the same build) without its output wrapper, so the infra verbs
    /// read the real exit codes.
    /// </summary>
    public static Step SetupTerraform() => new()
    {
        Name = "Set up Terraform",
        Uses = Actions.SetupTerraform,
        With = new Dictionary<string, string> { ["terraform_version"] = EngineVersions.Terraform, ["terraform_wrapper"] = "false" },
    };

    /// <summary>
    /// Assumes <paramref name="roleArn"/> in <paramref name="target"/>'s account only: the action refuses
    /// credentials of any other account before any verb runs, and the verbs verify the account again.
    /// </summary>
    public static Step AwsCredentials(DeploymentTarget target, string roleArn) => new()
    {
        Name = $"AWS credentials for {target.Stack} (OIDC)",
        Uses = Actions.ConfigureAwsCredentials,
        With = new Dictionary<string, string>
        {
            ["allowed-account-ids"] = target.AccountId,
            ["aws-region"] = target.Region,
            ["role-to-assume"] = roleArn,
            ["role-session-name"] = $"github-${{{{ github.run_id }}}}-{target.Stack}",
        },
    };

    /// <summary>An infra verb; expressions reach the script only through <paramref name="env"/>.</summary>
    public static Step Verb(string name, string arguments, IReadOnlyDictionary<string, string>? env = null, string? id = null, string? condition = null) => new()
    {
        Name = name,
        Id = id,
        If = condition,
        Run = $"{Infra} {arguments}",
        Env = env ?? new Dictionary<string, string>(),
    };

    /// <summary>
    /// Finds the successful deploy-dev run of <c>$COMMIT</c>, whose package job stored the commit's artifact: every
    /// stack deploys that one artifact.
    /// </summary>
    public static Step FindPackageRun(string commitExpression) => new()
    {
        Name = "Find the run that packaged the commit",
        Id = "package-run",
        Env = new Dictionary<string, string> { ["COMMIT"] = commitExpression, ["GH_TOKEN"] = "${{ github.token }}" },
        Run = $"""
            run_id=$(gh run list --repo "$GITHUB_REPOSITORY" --workflow {DeployDevWorkflow.FileName} --commit "$COMMIT" --status success --limit 1 --json databaseId --jq '.[0].databaseId')
            if [ -z "$run_id" ]; then
              echo "::error::no successful {DeployDevWorkflow.FileName} run packaged $COMMIT: deploy it to dev first"
              exit 1
            fi
            echo "run-id=$run_id" >> "$GITHUB_OUTPUT"
            """,
    };

    /// <summary>Downloads the commit's package bundle (from another run when <paramref name="runIdExpression"/> is set) and unpacks the zips where the roots read them.</summary>
    public static IEnumerable<Step> DownloadPackages(string commitExpression, string? runIdExpression = null)
    {
        var with = new Dictionary<string, string>
        {
            ["name"] = $"{LambdaArtifact.NamePrefix}{commitExpression}",
            ["path"] = LambdaArtifact.Directory,
        };
        if (runIdExpression is not null)
        {
            with["run-id"] = runIdExpression;
            with["github-token"] = "${{ github.token }}";
        }

        yield return new Step { Name = "Download the Lambda packages", Uses = Actions.DownloadArtifact, With = with };
        yield return new Step
        {
            Name = "Unpack the Lambda packages",
            Run = $"""
                sha256sum -c {LambdaArtifact.Bundle}.sha256
                unzip -o {LambdaArtifact.Bundle} -d {LambdaArtifact.PackageDirectory}
                ls -l {LambdaArtifact.PackageDirectory}
                """,
        };
    }

    /// <summary>A step that only records an approval: the environment's reviewers approved the job to start.</summary>
    public static Job ApprovalGate(string environment, IReadOnlyList<string> needs, string? condition = null) => new()
    {
        Id = environment,
        Name = $"Approval: {environment}",
        Needs = needs,
        If = condition,
        Environment = environment,
        Permissions = TokenPermissions.None,
        TimeoutMinutes = 5,
        Steps = [new Step { Name = "Record the approval", Run = $"echo \"Approved in environment {environment} for run $GITHUB_RUN_ID.\"" }],
    };

    /// <summary>The one concurrency group of a stack: every job that changes it queues there, none is cancelled.</summary>
    public static Concurrency StackGroup(string stack) => new($"infra-{stack}", CancelInProgress: false);
}
