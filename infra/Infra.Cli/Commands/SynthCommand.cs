using System.CommandLine;
using Infra.Synthesis;
using Infra.Workflows;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra synth</c>: builds every stack, runs the rules and writes every generated file; with <c>--check</c>,
/// writes nothing and fails when a committed file is stale.
/// </summary>
public static class SynthCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliContext context)
    {
        var stack = CommonOptions.Stack(required: false);
        var root = CommonOptions.Root();
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 and list the files when committed output differs from a fresh synth." };
        var output = new Option<string?>("--out") { Description = "Write into this folder instead of the repository (the benchmark uses it)." };
        var command = new Command("synth", "Synthesize every generated file: each stack's Terraform JSON and Pulumi YAML (main and bootstrap roots), the workflows, the repository files and the rule reference, after the rules pass.")
        {
            stack, root, check, output,
        };
        command.SetAction(parse =>
        {
            var repository = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var target = parse.GetValue(output) is { } o ? Path.GetFullPath(o) : repository;

            // Each file is compared, and staged when it changed, as soon as it is emitted: the output is never held
            // whole. Nothing is swapped in unless the rules pass; leaving without committing removes what was staged.
            using var staging = parse.GetValue(check) ? OutputStaging.ForCheck(target) : OutputStaging.ForWrite(target);
            var result = Synthesizer.Run(context.App, repository, parse.GetValue(stack), [new WorkflowSource()], context.Time, staging);
            // Findings accepted by a suppression were judged once, with a reason: one line keeps them in sight without
            // burying the findings that need attention; 'infra check' lists each.
            foreach (var finding in result.Findings.Where(f => f.SuppressedBecause is null))
            {
                (finding.IsBlocking ? context.Error : context.Output).WriteLine(finding);
            }

            if (result.Findings.Count(f => f.SuppressedBecause is not null) is var accepted and > 0)
            {
                context.Output.WriteLine($"synth: {accepted} finding(s) accepted by suppressions with reasons; 'infra check' lists them.");
            }

            if (result.HasBlockingFindings)
            {
                context.Error.WriteLine($"infra: synth refused: {result.Findings.Count(f => f.IsBlocking)} rule error(s) above; nothing was written. Fix each resource named, or suppress a finding with a reason.");
                return ExitCodes.CheckFailed;
            }

            if (parse.GetValue(check))
            {
                var stale = staging.Stale(result);
                foreach (var file in stale)
                {
                    context.Error.WriteLine($"stale: {file}");
                }

                if (stale.Count > 0)
                {
                    context.Error.WriteLine($"infra: {stale.Count} generated file(s) are stale: run 'dotnet run --project infra/Infra.Cli -- synth' and commit the result.");
                    return ExitCodes.CheckFailed;
                }

                context.Output.WriteLine($"synth --check: {result.Files.Count} generated files are up to date.");
                return ExitCodes.Ok;
            }

            var touched = staging.Commit(result);
            foreach (var change in touched)
            {
                context.Output.WriteLine(change.ToString());
            }

            context.Output.WriteLine($"synth: {result.Stacks.Count} stack(s), {result.Files.Count} files, {touched.Count} changed.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
