using Infra.Workflows.Model;
using Infra.Workflows.Targets;

namespace Infra.Workflows.Definitions;

/// <summary>
/// pr-preview.yml: on every pull request, the offline preview of every stack as one sticky comment per stack (the
/// preview's own hidden marker heads it, the comment action finds it by its header), the policy findings as SARIF
/// in code scanning, and for pull requests of this repository a real plan of the preview stack through its
/// read-only role. Fork pull requests get a read-only token and no OIDC: their previews go to the job summary.
/// </summary>
public static class PrPreviewWorkflow
{
    /// <summary>The file name.</summary>
    public const string FileName = "pr-preview.yml";

    /// <summary>The project's CI script, which the required check runs.</summary>
    public const string CiScript = ".ci/run";

    /// <summary>The SARIF file <c>infra check</c> writes.</summary>
    public const string SarifFile = ".build/infra-check.sarif";

    // The stack a pull request may not destroy in: the plan gate's own name for it.
    private const string ProductionStack = Infra.Rules.PlanContext.ProductionStack;

    private const string Fork = "github.event.pull_request.head.repo.full_name != github.repository";

    /// <summary>Builds the workflow.</summary>
    public static Workflow Build(WorkflowContext context)
    {
        var previewStack = context.Target(context.App.PreviewStack);
        return new Workflow
        {
            FileName = FileName,
            Name = "pr-preview",
            On = new Triggers { PullRequest = true },
            Permissions = TokenPermissions.ContentsRead.With("pull-requests", TokenPermissions.Write).With("security-events", TokenPermissions.Write),
            Jobs =
            [
                Ci(context.Target(context.App.RepositoryStack).RequiredCheck),
                Preview(context),
                Check(),
                new Job
                {
                    Id = "package",
                    Name = "Package",
                    If = Steps.SameRepository,
                    Uses = PackageWorkflow.Reference,
                    Permissions = TokenPermissions.ContentsRead,
                },
                Plan(previewStack),
            ],
        };
    }

    private static Job Preview(WorkflowContext context)
    {
        var steps = new List<Step> { Steps.Checkout(fullHistory: true), Steps.SetupDotnet(), new() { Name = "Prepare", Run = "mkdir -p .build/preview" } };
        var baseSha = new Dictionary<string, string> { ["BASE_SHA"] = "${{ github.event.pull_request.base.sha }}" };
        foreach (var (chain, _) in context.Ordered)
        {
            steps.Add(Steps.Verb(
                $"Preview {chain.Stack}",
                $"preview --stack {chain.Stack} --base \"$BASE_SHA\" --format markdown > .build/preview/{chain.Stack}.md",
                baseSha));
        }

        foreach (var (chain, _) in context.Ordered)
        {
            steps.Add(Comment($"infra-preview-{chain.Stack}", $".build/preview/{chain.Stack}.md", $"Comment the {chain.Stack} preview"));
        }

        steps.Add(new Step
        {
            Name = "Previews to the job summary (fork: no comment)",
            If = Fork,
            Run = "cat .build/preview/*.md >> \"$GITHUB_STEP_SUMMARY\"",
        });
        return new Job
        {
            Id = "preview",
            Name = "Preview every stack",
            Permissions = TokenPermissions.ContentsRead.With("pull-requests", TokenPermissions.Write),
            Steps = steps,
        };
    }

    // The job the repository's ruleset requires by name: the project's whole CI (.ci/run: build, the README's test
    // command, generated-output checks, linters, policy check, secret scanning, Terraform), then the prod gate against
    // the pull request's base, so a prod destroy fails the check a merge needs.
    private static Job Ci(string requiredCheck) => new()
    {
        Id = requiredCheck,
        Name = requiredCheck,
        Permissions = TokenPermissions.ContentsRead,
        TimeoutMinutes = 60,
        Steps =
        [
            // Full history: the gate reads the output committed at the pull request's base commit.
            Steps.Checkout(fullHistory: true),
            Steps.SetupDotnet(),

            // A real terraform: with the registry reachable, .ci/run's Terraform step validates every generated root.
            Steps.SetupTerraform(),
            new Step { Name = "Run the project's CI (.ci/run)", Run = CiScript },
            Steps.Verb(
                $"infra gate --stack {ProductionStack} --base (pull request base)",
                $"gate --stack {ProductionStack} --base \"$BASE_SHA\"",
                new Dictionary<string, string> { ["BASE_SHA"] = "${{ github.event.pull_request.base.sha }}" }),
        ],
    };

    private static Job Check() => new()
    {
        Id = "check",
        Name = "Policy findings (SARIF)",
        Permissions = TokenPermissions.ContentsRead.With("security-events", TokenPermissions.Write),
        Steps =
        [
            Steps.Checkout(),
            Steps.SetupDotnet(),
            Steps.Verb("infra check --format sarif", $"check --format sarif > {SarifFile}") with { Run = $"mkdir -p .build\n{Steps.Infra} check --format sarif > {SarifFile}" },
            new Step
            {
                Name = "Upload to code scanning",
                If = $"always() && {Steps.SameRepository}",
                Uses = Actions.UploadSarif,
                With = new Dictionary<string, string> { ["sarif_file"] = SarifFile, ["category"] = "infra-check" },
            },
        ],
    };

    private static Job Plan(DeploymentTarget target)
    {
        var planRole = target.PlanRoleArn
            ?? throw new Infra.InfraException($"stack {target.Stack}: its bootstrap root has no github-plan role, which {FileName} assumes for the pull-request plan. Nothing was written.");
        var plan = $".build/plan/{target.Stack}.json";
        return new Job
        {
            Id = $"plan-{target.Stack}",
            Name = $"Plan {target.Stack} (read-only role)",
            Needs = ["package"],
            If = Steps.SameRepository,
            Permissions = TokenPermissions.ContentsRead.With("id-token", TokenPermissions.Write).With("pull-requests", TokenPermissions.Write),
            TimeoutMinutes = 45,
            Steps =
            [
                Steps.Checkout(),
                Steps.SetupDotnet(),
                Steps.SetupTerraform(),
                .. Steps.DownloadPackages("${{ github.sha }}"),
                Steps.AwsCredentials(target, planRole),
                Steps.Verb($"infra plan --stack {target.Stack}", $"plan --stack {target.Stack} --out {plan}"),
                Steps.Verb("Render the plan", $"preview --plan {plan} --stack {target.Stack} --format markdown > .build/plan/{target.Stack}.md"),
                Comment($"infra-plan-{target.Stack}", $".build/plan/{target.Stack}.md", $"Comment the {target.Stack} plan"),
            ],
        };
    }

    private static Step Comment(string header, string path, string name) => new()
    {
        Name = name,
        If = Steps.SameRepository,
        Uses = Actions.StickyComment,
        With = new Dictionary<string, string> { ["header"] = header, ["path"] = path },
    };
}
