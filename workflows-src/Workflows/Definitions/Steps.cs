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
    /// The SHA-256 of the bundle <paramref name="stack"/>'s newest successful deploy of <paramref name="commitExpression"/>
    /// recorded (or of its newest successful deploy when the expression is empty), with the commit, as outputs
    /// <c>commit</c> and <c>sha256</c> of step <paramref name="id"/>: the deployment records are what every later job
    /// trusts the bundle by.
    /// </summary>
    public static Step RecordedBundle(string name, string id, string stack, string? commitExpression)
    {
        var env = new Dictionary<string, string> { ["GITHUB_TOKEN"] = "${{ github.token }}" };
        var select = "select(.kind == \"deploy\" and .result == \"success\")";
        var what = $"successful deployment of {stack}";
        var args = string.Empty;
        if (commitExpression is not null)
        {
            env["COMMIT"] = commitExpression;
            select = "select(.kind == \"deploy\" and .result == \"success\" and .commit == $commit)";
            what = $"successful deployment of $COMMIT to {stack}";
            args = " --arg commit \"$COMMIT\"";
        }

        return new Step
        {
            Name = name,
            Id = id,
            Env = env,
            Run = $"""
                mkdir -p .build
                {Infra} deployments --stack {stack} --count 100 --format json > .build/deployments-{stack}.json
                jq{args} '[.[] | {select}][0] // empty' .build/deployments-{stack}.json > .build/recorded-{stack}.json
                if [ ! -s .build/recorded-{stack}.json ]; then
                  echo "::error::no {what} is recorded: deploy it first"
                  exit 1
                fi
                echo "commit=$(jq -r '.commit' .build/recorded-{stack}.json)" >> "$GITHUB_OUTPUT"
                echo "sha256=$(jq -r '.artifactSha256' .build/recorded-{stack}.json)" >> "$GITHUB_OUTPUT"
                """,
        };
    }

    /// <summary>
    /// Reads the commit's bundle from the stack's artifact bucket (<c>infra artifacts fetch</c>, or <c>copy-from-lower</c>
    /// on a promotion, which also stores the stack's own copy), refusing any other SHA-256, and unpacks the zips where the
    /// roots read them. Needs the stack's role: run it after <see cref="AwsCredentials"/>.
    /// </summary>
    public static IEnumerable<Step> FetchPackages(string stack, string commitExpression, string sha256Expression, bool fromLower = false)
    {
        var verb = fromLower ? "copy-from-lower" : "fetch";
        yield return Verb(
            fromLower ? $"Copy the Lambda packages from the bucket below into {stack}'s" : $"Fetch the Lambda packages from {stack}'s artifact bucket",
            $"artifacts {verb} --stack {stack} --commit \"$COMMIT\" --sha256 \"$SHA256\" --out {LambdaArtifact.Bundle}",
            new Dictionary<string, string> { ["COMMIT"] = commitExpression, ["SHA256"] = sha256Expression });
        yield return UnpackPackages(LambdaArtifact.PackageDirectory);
    }

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
        yield return UnpackPackages(LambdaArtifact.PackageDirectory, $"sha256sum -c {LambdaArtifact.Bundle}.sha256");
    }

    /// <summary>
    /// Unzips the bundle's packages into <paramref name="directory"/>, where the roots read them, after
    /// <paramref name="firstLines"/> (a check of the bundle, or making a folder).
    /// </summary>
    public static Step UnpackPackages(string directory, params string[] firstLines) => new()
    {
        Name = "Unpack the Lambda packages",
        Run = string.Join("\n", [.. firstLines, $"unzip -o {LambdaArtifact.Bundle} -d {directory}", $"ls -l {directory}"]),
    };

    /// <summary>
    /// After a successful deploy: tags the deployed bundle <c>retention=pinned</c> in the stack's bucket, so that the
    /// bucket's lifecycle never expires a bundle a stack runs or would roll back to, and releases the pins of older
    /// deployments (read from the deployment records, hence the token).
    /// </summary>
    public static Step PinPackages(string stack, string commitExpression, string? sha256Expression)
    {
        // Expressions reach the script only through the environment; without one, the SHA-256 is the bundle's own.
        var env = new Dictionary<string, string> { ["COMMIT"] = commitExpression, ["GITHUB_TOKEN"] = "${{ github.token }}" };
        if (sha256Expression is not null)
        {
            env["SHA256"] = sha256Expression;
        }

        var pin = $"{Infra} artifacts pin --stack {stack} --commit \"$COMMIT\" --sha256 \"$SHA256\"";
        return new Step
        {
            Name = $"Pin the deployed bundle in {stack}'s artifact bucket",
            Env = env,
            Run = sha256Expression is null ? $"SHA256=$(sha256sum {LambdaArtifact.Bundle} | cut -d' ' -f1)\n{pin}" : pin,
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
