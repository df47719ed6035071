using System.CommandLine;
using Infra.Deploy;
using Infra.Deploy.Aws;

namespace Infra.Cli.Commands;

/// <summary><c>infra plan --stack X [--out file] [--detailed-exitcode]</c>: a read-only, gated plan.</summary>
public static class PlanCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var stack = new Option<string>("--stack") { Description = "The stack to plan.", Required = true };
        var output = new Option<string?>("--out") { Description = "Where to write the plan JSON; a missing folder is created." };
        var detailed = new Option<bool>("--detailed-exitcode") { Description = "Exit 1 when the plan changes anything." };
        var engine = new Option<string>("--engine") { Description = "terraform (default), tofu or pulumi.", DefaultValueFactory = _ => "terraform" };
        var root = new Option<string?>("--root") { Description = "The repository folder." };
        var command = new Command("plan", "Verify the account, plan without the state lock, show the plan as JSON and run the gate. Never applies.");
        foreach (var option in new Option[] { stack, output, detailed, engine, root })
        {
            command.Options.Add(option);
        }

        // The action's token is cancelled by Ctrl+C or SIGTERM: the engine's processes are killed and the plan stops.
        command.SetAction(async (parse, cancellationToken) =>
        {
            var repositoryRoot = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var target = VerifyAccountCommand.LoadTarget(repositoryRoot, parse.GetValue(stack)!);
            var verifier = new AccountVerifier(new StsAccountIdentity(new AwsCredentialSource(), target.Stack));
            var plan = new ReadOnlyPlan(verifier, DeployWiring.Engine(repositoryRoot, target, parse.GetValue(engine)!), DeployWiring.Gate(repositoryRoot));
            var outFile = parse.GetValue(output) is { } o ? Path.GetFullPath(o) : null;
            var (gate, changes, json) = await plan.RunAsync(target, DeployCommand.WorkDirectory(repositoryRoot, target), outFile, cancellationToken).ConfigureAwait(false);
            foreach (var finding in gate.Findings)
            {
                context.Output.WriteLine($"  - {finding}");
            }

            if (!gate.Passed)
            {
                context.Error.WriteLine($"infra: stack '{target.Stack}': the plan gate refused {json}. {gate.Advice}");
                return ExitCodes.CheckFailed;
            }

            context.Output.WriteLine($"stack '{target.Stack}': plan JSON {json}; {(changes ? "changes" : "no changes")}.");
            return parse.GetValue(detailed) && changes ? ExitCodes.CheckFailed : ExitCodes.Ok;
        });
        return command;
    }
}
