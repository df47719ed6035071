using System.CommandLine;
using Infra.Deploy;
using Infra.Deploy.GitHub;

namespace Infra.Cli.Commands;

/// <summary><c>infra promote --to sit|prod --commit sha --artifact zip [--change-ticket id] [--yes]</c>.</summary>
public static class PromoteCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var to = new Option<string>("--to") { Description = "sit or prod.", Required = true };
        var commit = new Option<string>("--commit") { Description = "The commit that succeeded in the stack below.", Required = true };
        var artifact = new Option<string>("--artifact") { Description = "The same Lambda zip that was deployed below (checked by its SHA-256).", Required = true };
        var ticket = new Option<string?>("--change-ticket") { Description = "The approved change (required for prod)." };
        var yes = new Option<bool>("--yes") { Description = "Apply once the gate passes." };
        var engine = new Option<string>("--engine") { Description = "terraform (default), tofu or pulumi.", DefaultValueFactory = _ => "terraform" };
        var root = new Option<string?>("--root") { Description = "The repository folder." };
        var command = new Command("promote", "Deploy to sit or prod exactly the commit and artifact that succeeded in the stack below.");
        foreach (var option in new Option[] { to, commit, artifact, ticket, yes, engine, root })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var stackName = parse.GetValue(to)!;
            var repositoryRoot = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var project = Configuration.ProjectConfig.Load(repositoryRoot);
            var config = project.Stack(stackName);
            Promotion.CheckChangeTicket(stackName, parse.GetValue(ticket), config.GetChangeTicketPattern());
            var sha = Promotion.ArtifactSha256(parse.GetValue(artifact)!);
            var target = StackTarget.From(config);
            var lower = Promotion.RequireLowerDeploymentAsync(OctokitDeploymentRecords.FromEnvironment(), project.Project, stackName, parse.GetValue(commit)!, sha).GetAwaiter().GetResult();
            context.Output.WriteLine($"{parse.GetValue(commit)} succeeded in {lower.Environment} (deployment {lower.Id}); promoting to {stackName}.");
            var request = new DeployRequest(target, parse.GetValue(commit)!, sha, DeployCommand.WorkDirectory(repositoryRoot, target), parse.GetValue(yes), ViaPromotion: true);
            return DeployCommand.Run(context, repositoryRoot, request, parse.GetValue(engine)!);
        });
        return command;
    }
}
