using System.CommandLine;
using Infra.Configuration;
using Infra.Plans;
using Infra.Previews;
using Infra.Rules;
using Infra.Synthesis;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra gate --plan &lt;file&gt; --stack &lt;stack&gt;</c>: refuses (exit 1) a plan that destroys anything in prod,
/// deletes or replaces a protected resource, or errored; refuses (exit 2) a plan that is unreadable or not the stack's.
/// <c>infra gate --base &lt;git-ref&gt; --stack &lt;stack&gt;</c>, the pull-request gate: the same rules over the offline
/// comparison (a fresh synth of the working tree against the output committed at the ref), plus lost protections;
/// refuses (exit 1) only in prod, warns elsewhere.
/// </summary>
public static class GateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var plan = new Option<string?>("--plan") { Description = "The JSON of 'terraform show -json <planfile>' (or tofu) or of 'pulumi preview --json'. Give it or --base." };
        var baseRef = new Option<string?>("--base")
        {
            Description = "The pull-request gate: compare a fresh synth of the working tree with the output committed at this git revision (the PR's base commit) instead of reading a plan; refuses only in prod.",
        };
        var stack = new Option<string>("--stack") { Description = "The stack the plan must belong to.", Required = true };
        var protectedConfig = new Option<string?>("--protected-config")
        {
            Description = "Folder of *.tf.json whose lifecycle.prevent_destroy marks protected resources (default: stacks/<stack>/terraform). Pass the base revision's folder to also catch protected blocks that were removed.",
        };
        var root = new Option<string?>("--root") { Description = "The repository folder holding Pulumi.yaml (default: found upwards from here)." };

        var command = new Command("gate", "Checks a plan before apply, or a pull request against its base (--base): no destroy in prod, no destroy of protected resources, no lost protection, no errored plan.");
        command.Options.Add(plan);
        command.Options.Add(baseRef);
        command.Options.Add(stack);
        command.Options.Add(protectedConfig);
        command.Options.Add(root);
        command.SetAction(parse =>
        {
            var repositoryRoot = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var stackConfig = ProjectConfig.Load(repositoryRoot).Stack(parse.GetValue(stack)!);
            var (planPath, reference) = (parse.GetValue(plan), parse.GetValue(baseRef));
            if ((planPath is null) == (reference is null))
            {
                throw new InfraException("infra gate needs exactly one of --plan <file> (a saved plan, before an apply) or --base <git-ref> (a pull request against its base commit).");
            }

            if (reference is not null)
            {
                if (parse.GetValue(protectedConfig) is not null)
                {
                    throw new InfraException("infra gate --base reads protections from the output committed at the base revision: drop --protected-config, which only applies to --plan.");
                }

                return AgainstBase(context, repositoryRoot, stackConfig, reference);
            }

            var (planFile, changes, findings) = StackPlanGate.Evaluate(repositoryRoot, stackConfig, planPath!, parse.GetValue(protectedConfig));
            return Report(context, stackConfig, changes, findings, $"the plan {planFile.Path}");
        });
        return command;
    }

    private static int AgainstBase(CliContext context, string repositoryRoot, StackConfig stackConfig, string reference)
    {
        var git = new GitBaseline(repositoryRoot, reference);
        var synthesis = Synthesizer.Run(context.App, repositoryRoot, stackConfig.StackName, time: context.Time);
        var blocking = synthesis.Findings.Where(f => f.IsBlocking).ToList();
        if (blocking.Count > 0)
        {
            // The comparison would judge output that synth refuses to write: report why instead.
            foreach (var finding in blocking)
            {
                context.Error.WriteLine(finding);
            }

            context.Error.WriteLine($"infra: gate cannot compare stack {stackConfig.StackName} with {reference}: synth of the working tree has {blocking.Count} blocking finding(s); fix them first (infra check).");
            return ExitCodes.CheckFailed;
        }

        var stack = synthesis.Stacks.Single(s => s.Name == stackConfig.StackName);
        var preview = OfflinePreview.Compute(synthesis, stack, git.Read, $"the output committed at {reference}");
        var gateContext = new PlanContext(preview.Changes, stackConfig.StackName) { ProtectionLosses = ProtectionLosses.Compute(synthesis, stack, git.Read) };
        return Report(context, stackConfig, preview.Changes, PullRequestGate.Evaluate(gateContext), $"the working tree against {reference}");
    }

    private static int Report(CliContext context, StackConfig stackConfig, ChangeSet changes, IReadOnlyList<RuleFinding> findings, string subject)
    {
        context.Output.WriteLine($"gate: stack {stackConfig.StackName}, {changes.Source}: {PreviewLines.SummaryLine(changes.Summary)}");
        foreach (var finding in findings)
        {
            var where = finding.Address.Length == 0 ? string.Empty : finding.Address + ": ";
            context.Output.WriteLine($"{(finding.Severity switch { Severity.Error => "FAIL", Severity.Info => "INFO", _ => "WARN" })} [{finding.RuleId}] {where}{finding.Message}");
        }

        var errors = findings.Where(f => f.Severity == Severity.Error).ToList();
        if (errors.Count == 0)
        {
            context.Output.WriteLine($"gate passed for stack {stackConfig.StackName}" + (findings.Count > 0 ? $" with {findings.Count} warning(s)" : string.Empty));
            return ExitCodes.Ok;
        }

        var addresses = errors.Select(f => f.Address).Where(a => a.Length > 0).Distinct().ToList();
        context.Error.WriteLine($"infra: gate refused {subject} for stack {stackConfig.StackName}: {errors.Count} problem(s)"
            + (addresses.Count > 0 ? $" at {string.Join(", ", addresses.Take(20))}{(addresses.Count > 20 ? $" and {addresses.Count - 20} more" : string.Empty)}" : string.Empty)
            + ". " + string.Join(' ', PlanGate.FixesFor(errors)));
        return ExitCodes.CheckFailed;
    }
}
