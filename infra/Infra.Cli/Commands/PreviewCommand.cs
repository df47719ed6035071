using System.CommandLine;
using Infra.Configuration;
using Infra.Model;
using Infra.Plans;

namespace Infra.Cli.Commands;

/// <summary><c>infra preview --plan &lt;file&gt; --stack &lt;stack&gt; [--format text|markdown|json]</c>: renders a Terraform plan or Pulumi preview.</summary>
public static class PreviewCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var plan = new Option<string>("--plan") { Description = "The JSON of 'terraform show -json <planfile>' (or tofu) or of 'pulumi preview --json'." };
        var stack = new Option<string>("--stack") { Description = "The stack the plan is for (names the PR comment's marker).", Required = true };
        var format = new Option<string>("--format") { Description = "text, markdown (a PR comment, at most 60,000 characters) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var root = new Option<string?>("--root") { Description = "The repository folder holding Pulumi.yaml (default: found upwards from here)." };

        var command = new Command("preview", "Renders the changes of a plan for a stack: summary, banners for deletes and replaces, then each changed resource.");
        command.Options.Add(plan);
        command.Options.Add(stack);
        command.Options.Add(format);
        command.Options.Add(root);
        command.SetAction(parse =>
        {
            var stackName = parse.GetValue(stack)!;
            var planPath = parse.GetValue(plan)
                ?? throw new InfraException("infra preview: the offline preview between git revisions is not yet available here; pass --plan <file> with the JSON of 'terraform show -json' or 'pulumi preview --json'.");
            ProjectConfig.Load(CliContext.FindRepositoryRoot(parse.GetValue(root))).Stack(stackName);
            var changes = PlanFile.LoadChangeSet(planPath).Changes;

            // Rendered whole before anything is written, so a failure never leaves a partial comment.
            var text = PreviewRenderer.Render(changes, stackName, Enum.Parse<PreviewFormat>(parse.GetValue(format)!, ignoreCase: true));
            context.Output.Write(text);
            return ExitCodes.Ok;
        });
        return command;
    }
}
