using System.CommandLine;
using Infra.Configuration;
using Infra.Deploy;
using Infra.Deploy.GitHub;
using Infra.Files;
using Infra.Plans;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra promote --to sit|prod --commit sha --artifact zip [--change-ticket id] [--plan-out dir | --saved-plan file --saved-plan-sha256 hex] [--yes]</c>,
/// and <c>infra promote verify --to sit|prod --commit sha</c>, which a promotion runs before it checks anything out or assumes a role.
/// </summary>
public static class PromoteCommand
{
    /// <summary>The file beside the saved plan holding its preview in markdown, for the plan job's summary.</summary>
    public static string PreviewFile(string directory, string stack) => Path.Combine(directory, $"{stack}.preview.md");

    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var to = new Option<string>("--to") { Description = "sit or prod.", Required = true };
        var commit = new Option<string>("--commit") { Description = "The commit that succeeded in the stack below.", Required = true };
        var artifact = new Option<string>("--artifact") { Description = "The same Lambda zip that was deployed below (checked by its SHA-256).", Required = true };
        var ticket = new Option<string?>("--change-ticket") { Description = "The approved change (required for prod)." };
        var yes = new Option<bool>("--yes") { Description = "Apply once the gate passes (with --saved-plan: apply that plan)." };
        var planOut = new Option<string?>("--plan-out") { Description = "Plan read-only (no state lock) into this folder for a later apply job: the saved plan, its SHA-256 (<stack>.tfplan.sha256) and its preview (<stack>.preview.md). Applies nothing." };
        var savedPlan = new Option<string?>("--saved-plan") { Description = "Apply this saved plan (with --yes) instead of planning again; its digest must equal --saved-plan-sha256." };
        var savedPlanSha = new Option<string?>("--saved-plan-sha256") { Description = "The digest the plan job reported for --saved-plan." };
        var engine = new Option<string>("--engine") { Description = "terraform (default), tofu or pulumi.", DefaultValueFactory = _ => "terraform" };
        var root = new Option<string?>("--root") { Description = "The repository folder." };
        var command = new Command("promote", "Deploy to sit or prod exactly the commit and artifact that succeeded in the stack below.");
        foreach (var option in new Option[] { to, commit, artifact, ticket, yes, planOut, savedPlan, savedPlanSha, engine, root })
        {
            command.Options.Add(option);
        }

        command.Subcommands.Add(Verify(context));
        command.SetAction((parse, cancellationToken) =>
        {
            var stackName = parse.GetValue(to)!;
            var repositoryRoot = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var split = SplitOf(parse.GetValue(planOut), parse.GetValue(savedPlan), parse.GetValue(savedPlanSha));
            var project = ProjectConfig.Load(repositoryRoot);
            var config = project.Stack(stackName);
            Promotion.CheckChangeTicket(stackName, parse.GetValue(ticket), config.GetChangeTicketPattern());
            var sha = Promotion.ArtifactSha256(parse.GetValue(artifact)!);
            var target = StackTarget.From(config);
            var lower = Promotion.RequireLowerDeploymentAsync(OctokitDeploymentRecords.FromEnvironment(), project.Project, stackName, parse.GetValue(commit)!, sha, cancellationToken).GetAwaiter().GetResult();
            context.Output.WriteLine($"{parse.GetValue(commit)} succeeded in {lower.Environment} (deployment {lower.Id}); promoting to {stackName}.");
            var workDirectory = split.PlanOut is { } folder ? Path.GetFullPath(folder) : DeployCommand.WorkDirectory(repositoryRoot, target);
            var request = new DeployRequest(target, parse.GetValue(commit)!, sha, workDirectory, parse.GetValue(yes), ViaPromotion: true)
            {
                PlanOnlyReadOnly = split.PlanOut is not null,
                SavedPlan = split.Saved,
            };
            var code = DeployCommand.Run(context, repositoryRoot, request, parse.GetValue(engine)!, cancellationToken);
            if (request.PlanOnlyReadOnly)
            {
                WritePreview(context, request);
            }

            return Task.FromResult(code);
        });
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var to = new Option<string>("--to") { Description = "sit or prod.", Required = true };
        var commit = new Option<string>("--commit") { Description = "The full commit SHA to promote.", Required = true };
        var root = new Option<string?>("--root") { Description = "The repository folder." };
        var command = new Command("verify", $"Check, through the GitHub API and before any checkout or role, that the commit is on {context.App.DefaultBranch} and a successful run of the expected workflow deployed it to the stack below (exit 3 when not).")
        {
            to, commit, root,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var repositoryRoot = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var project = ProjectFile.Load(repositoryRoot);
            var verifier = new PromotionVerifier(
                OctokitRepositoryHistory.FromEnvironment(),
                OctokitDeploymentRecords.FromEnvironment(),
                project,
                context.App.DefaultBranch,
                context.App.DeployDevWorkflowPath,
                context.App.PromoteWorkflowPath);
            var proof = await verifier.VerifyAsync(parse.GetValue(to)!, parse.GetValue(commit)!, cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{parse.GetValue(commit)} may be promoted to {parse.GetValue(to)}: it is on {context.App.DefaultBranch} and {proof.Describe()} deployed it below.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static (string? PlanOut, SavedPlan? Saved) SplitOf(string? planOut, string? savedPlan, string? savedPlanSha)
    {
        if (planOut is not null && savedPlan is not null)
        {
            throw new InfraException("--plan-out and --saved-plan are the two halves of a promotion (the plan job and the apply job): pass one of them.", ExitCodes.BadInput);
        }

        if ((savedPlan is null) != (savedPlanSha is null))
        {
            throw new InfraException("--saved-plan and --saved-plan-sha256 go together: the apply job applies a saved plan only against the digest its plan job reported.", ExitCodes.BadInput);
        }

        return (planOut, savedPlan is null ? null : new SavedPlan(Path.GetFullPath(savedPlan), savedPlanSha!));
    }

    // Rendered by the plan job from the saved plan's JSON, so approvers read what they approve in the run's summary.
    private static void WritePreview(CliContext context, DeployRequest request)
    {
        var (_, changes) = PlanFile.LoadChangeSet(request.PlanJsonFile);
        var path = PreviewFile(request.WorkDirectory, request.Target.Stack);
        FileTransaction.WriteFile(path, MarkdownPreviewRenderer.Render(changes, request.Target.Stack));
        context.Output.WriteLine($"preview of the saved plan: {path}");
    }
}
