using System.CommandLine;
using Infra.Cli.Rendering;
using Infra.Configuration;
using Infra.Plans;
using Infra.Previews;
using Infra.Synthesis;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra preview</c>: what a stack would change (unchanged resources counted, listed with <c>--show-unchanged</c>). Without <c>--plan</c>, offline: a fresh synth of the working tree
/// against the output committed at <c>HEAD</c> (or at <c>--base</c>), no cloud account needed. With <c>--plan</c>: a Terraform plan or
/// Pulumi preview, refused (exit 2) unless it belongs to <c>--stack</c>. Both render as text, markdown (a PR comment)
/// or json.
/// </summary>
public static class PreviewCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var plan = new Option<string>("--plan") { Description = "The JSON of 'terraform show -json <planfile>' (or tofu) or of 'pulumi preview --json'. Without it, the preview is offline." };
        var stack = new Option<string?>("--stack") { Description = "The stack (required with --plan; default offline: every stack)." };
        var baseRef = new Option<string?>("--base") { Description = "Offline: compare with the output committed at this git revision (default: HEAD, so a synth run before the preview hides nothing)." };
        var format = new Option<string>("--format") { Description = "text (offline: a resource tree, coloured in a terminal), markdown (a PR comment, at most 60,000 characters) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var showUnchanged = new Option<bool>("--show-unchanged") { Description = "List the unchanged resources too (by default they are only counted)." };
        var root = CommonOptions.Root();

        var command = new Command("preview", "Preview what a stack would change: offline, a fresh synth of the working tree against the output committed at HEAD (or --base <git-ref>); or from a plan (--plan).")
        {
            plan, stack, baseRef, format, showUnchanged, root,
        };
        command.SetAction(parse =>
        {
            var repositoryRoot = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var previewFormat = Enum.Parse<PreviewFormat>(parse.GetValue(format)!, ignoreCase: true);
            var stackName = parse.GetValue(stack);
            var listUnchanged = parse.GetValue(showUnchanged);
            if (parse.GetValue(plan) is { } planPath)
            {
                if (stackName is null)
                {
                    throw new InfraException("infra preview --plan needs --stack <stack>: the stack names the PR comment's marker.");
                }

                var stackConfig = ProjectConfig.Load(repositoryRoot).Stack(stackName);
                var (planFile, changes) = PlanFile.LoadChangeSet(planPath);

                // The gate's own ownership check: a plan of another account would become a comment labelled with this stack.
                StackOwnership.Check(planFile, stackConfig);

                // Rendered whole before anything is written, so a failure never leaves a partial comment.
                context.Output.Write(PreviewRenderer.Render(changes, stackName, previewFormat, listUnchanged));
                return ExitCodes.Ok;
            }

            return Offline(context, repositoryRoot, stackName, parse.GetValue(baseRef), previewFormat, listUnchanged);
        });
        return command;
    }

    private static int Offline(CliContext context, string repositoryRoot, string? stackName, string? baseRef, PreviewFormat format, bool showUnchanged)
    {
        var synthesis = Synthesizer.Run(context.App, repositoryRoot, stackName, time: context.Time);

        // Committed output, never the files on disk: a synth run before the preview rewrites those, and would hide its own changes.
        var git = baseRef is null ? GitBaseline.AtHead(repositoryRoot) : new GitBaseline(repositoryRoot, baseRef);
        var reference = baseRef ?? "HEAD";
        var label = $"the output committed at {reference} (working tree vs {reference})";
        var previews = synthesis.Stacks.Select(s => OfflinePreview.Compute(synthesis, s, git.Read, label)).ToList();
        if (format == PreviewFormat.Text)
        {
            var console = Console(context);
            foreach (var preview in previews)
            {
                PreviewTreeWriter.Write(console, preview, showUnchanged);
                console.WriteLine();
            }
        }
        else
        {
            var text = string.Concat(previews.Select(p => PreviewRenderer.Render(p.Changes, p.Stack, format, showUnchanged)));
            context.Output.Write(text);
        }

        foreach (var finding in synthesis.Findings.Where(f => f.IsBlocking))
        {
            context.Error.WriteLine(finding);
        }

        return synthesis.HasBlockingFindings ? ExitCodes.CheckFailed : ExitCodes.Ok;
    }

    // Colours only for a person at a terminal: redirected output and NO_COLOR get plain text.
    private static IAnsiConsole Console(CliContext context)
    {
        var colour = ReferenceEquals(context.Output is CheckedTextWriter checkedOutput ? checkedOutput.Inner : context.Output, System.Console.Out) && !System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Output),
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

        // Lines are never wrapped: a wrapped tree line is unreadable, and files or CI logs have no width.
        console.Profile.Width = 4096;
        return console;
    }
}
