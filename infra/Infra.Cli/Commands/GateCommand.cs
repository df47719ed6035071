using System.CommandLine;
using Infra.Configuration;
using Infra.Model;
using Infra.Plans;
using Infra.Rules;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra gate --plan &lt;file&gt; --stack &lt;stack&gt;</c>: refuses (exit 1) a plan that destroys anything in prod,
/// deletes or replaces a protected resource, or errored; refuses (exit 2) a plan that is unreadable or not the stack's.
/// </summary>
public static class GateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var plan = new Option<string>("--plan") { Description = "The JSON of 'terraform show -json <planfile>' (or tofu) or of 'pulumi preview --json'.", Required = true };
        var stack = new Option<string>("--stack") { Description = "The stack the plan must belong to.", Required = true };
        var protectedConfig = new Option<string?>("--protected-config")
        {
            Description = "Folder of *.tf.json whose lifecycle.prevent_destroy marks protected resources (default: stacks/<stack>/terraform). Pass the base revision's folder to also catch protected blocks that were removed.",
        };
        var root = new Option<string?>("--root") { Description = "The repository folder holding Pulumi.yaml (default: found upwards from here)." };

        var command = new Command("gate", "Checks a plan before apply: no destroy in prod, no destroy of protected resources, no errored plan.");
        command.Options.Add(plan);
        command.Options.Add(stack);
        command.Options.Add(protectedConfig);
        command.Options.Add(root);
        command.SetAction(parse =>
        {
            var repositoryRoot = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var stackConfig = ProjectConfig.Load(repositoryRoot).Stack(parse.GetValue(stack)!);
            var (planFile, changes, findings) = StackPlanGate.Evaluate(repositoryRoot, stackConfig, parse.GetValue(plan)!, parse.GetValue(protectedConfig));
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
            context.Error.WriteLine($"infra: gate refused the plan {planFile.Path} for stack {stackConfig.StackName}: {errors.Count} problem(s)"
                + (addresses.Count > 0 ? $" at {string.Join(", ", addresses.Take(20))}{(addresses.Count > 20 ? $" and {addresses.Count - 20} more" : string.Empty)}" : string.Empty)
                + ". " + string.Join(' ', PlanGate.FixesFor(errors)));
            return ExitCodes.CheckFailed;
        });
        return command;
    }
}
