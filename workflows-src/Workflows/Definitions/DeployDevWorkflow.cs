using Infra.Workflows.Model;
using Infra.Workflows.Targets;

namespace Infra.Workflows.Definitions;

/// <summary>
/// deploy-dev.yml: on every push to main or develop, test (coverage at least <see cref="MinimumLineCoverage"/>),
/// package once, and deploy the first stack of the chain with <c>infra deploy</c>.
/// </summary>
public static class DeployDevWorkflow
{
    /// <summary>The file name (also how later promotions find the run that packaged a commit).</summary>
    public const string FileName = "deploy-dev.yml";

    /// <summary>The line coverage the tests must reach, in percent.</summary>
    public const int MinimumLineCoverage = 80;

    /// <summary>Builds the workflow for the first stack of the promotion chain.</summary>
    public static Workflow Build(WorkflowContext context)
    {
        var (chain, target) = context.Ordered.First();
        return new Workflow
        {
            FileName = FileName,
            Name = $"deploy-{chain.Stack}",
            On = new Triggers { PushBranches = context.App.DeployDevBranches },
            Permissions = TokenPermissions.ContentsRead,
            Jobs =
            [
                Test(),
                new Job { Id = "package", Name = "Package", Needs = ["test"], Uses = PackageWorkflow.Reference, Permissions = TokenPermissions.ContentsRead },
                Deploy(chain, target),
            ],
        };
    }

    private static Job Test() => new()
    {
        Id = "test",
        Name = $"Test (line coverage >= {MinimumLineCoverage}%)",
        Steps =
        [
            Steps.Checkout(),
            Steps.SetupDotnet(),
            new Step
            {
                // The handler tests and the package job's import check run on Debian's python3 (as .ci/run installs it).
                Name = "Python packages the tests use",
                Run = "sudo apt-get update -qq && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pytest python3-boto3 python3-jinja2",
            },
            new Step
            {
                Name = "Run the tests with coverage",
                Run = "dotnet test Infra.sln --collect \"XPlat Code Coverage\" --logger \"trx;LogFileName=tests.trx\" --results-directory .build/test-results",
            },
            new Step
            {
                // The deployed code's own tests block the deploy too (playbook, Lessons 4 and 5).
                Name = "Run the handler tests",
                Run = "pytest-3 tests/Handlers",
                Env = new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" },
            },
            new Step
            {
                Name = $"Coverage gate: at least {MinimumLineCoverage}% of lines",
                Run = $$"""
                    reports=$(find .build/test-results -name coverage.cobertura.xml)
                    if [ -z "$reports" ]; then
                      echo "::error::no coverage report (coverage.cobertura.xml) under .build/test-results: the coverage of this commit is unknown"
                      exit 1
                    fi
                    status=0
                    for report in $reports; do
                      rate=$(grep -o -m 1 'line-rate="[0-9.]*"' "$report" | cut -d'"' -f2)
                      percent=$(awk -v r="$rate" 'BEGIN { printf "%.1f", r * 100 }')
                      echo "$report: $percent% of lines covered"
                      if ! awk -v r="$rate" 'BEGIN { exit !(r * 100 >= {{MinimumLineCoverage}}) }'; then
                        echo "::error::line coverage $percent% is under {{MinimumLineCoverage}}% ($report)"
                        status=1
                      fi
                    done
                    exit $status
                    """,
            },
            new Step
            {
                Name = "Store the test report",
                If = "always()",
                Uses = Actions.UploadArtifact,
                With = new Dictionary<string, string>
                {
                    ["name"] = "test-results-${{ github.sha }}",
                    ["path"] = ".build/test-results",
                    ["if-no-files-found"] = "error",
                },
            },
        ],
    };

    private static Job Deploy(PromotionChain chain, DeploymentTarget target) => new()
    {
        Id = "deploy",
        Name = $"Deploy {chain.Stack}",
        Needs = ["package"],
        Environment = chain.Stack,
        Concurrency = Steps.StackGroup(chain.Stack),
        Permissions = TokenPermissions.ContentsRead.With("id-token", TokenPermissions.Write).With("deployments", TokenPermissions.Write),
        TimeoutMinutes = 60,
        Steps =
        [
            Steps.Checkout(),
            Steps.SetupDotnet(),
            Steps.SetupTerraform(),
            .. Steps.DownloadPackages("${{ github.sha }}"),
            Steps.AwsCredentials(target, DeploymentTarget.DeployRoleVariable),

            // Stored before the deploy records it: every later job fetches the recorded bundle from the bucket.
            Steps.Verb(
                $"Store the Lambda packages in {chain.Stack}'s artifact bucket",
                $"artifacts upload --stack {chain.Stack} --commit \"$GITHUB_SHA\" --file {LambdaArtifact.Bundle}"),
            Steps.Verb(
                $"infra deploy --stack {chain.Stack}",
                $"deploy --stack {chain.Stack} --artifact {LambdaArtifact.Bundle} --commit \"$GITHUB_SHA\" --yes",
                new Dictionary<string, string> { ["GITHUB_TOKEN"] = "${{ github.token }}" }),
            Steps.PinPackages(chain.Stack, "${{ github.sha }}", null),
        ],
    };
}
