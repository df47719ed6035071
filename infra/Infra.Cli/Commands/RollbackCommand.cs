using System.CommandLine;
using Infra.Deploy;

namespace Infra.Cli.Commands;

/// <summary><c>infra rollback --stack X [--to version|function=version,...] [--yes]</c>.</summary>
public static class RollbackCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var stack = new Option<string>("--stack") { Description = "The stack to roll back.", Required = true };
        var to = new Option<string?>("--to") { Description = "The Lambda version to go back to (one number for every service, or function=version pairs). Default: each service's previous version." };
        var yes = new Option<bool>("--yes") { Description = "Move the aliases; without it the rollback is only described." };
        var commit = new Option<string?>("--commit") { Description = "The commit the rollback record is made against (default: GITHUB_SHA); needed with --yes." };
        var engine = new Option<string>("--engine") { Description = "terraform (default), tofu or pulumi: reads the stack's outputs.", DefaultValueFactory = _ => "terraform" };
        var root = CommonOptions.Root();
        var command = new Command("rollback", "Verify the account, then move each service's alias live back to its previous (or named) version, or stop a CodeDeploy deployment in progress with rollback; wait for the alarms, record and notify.");
        foreach (var option in new Option[] { stack, to, yes, commit, engine, root })
        {
            command.Options.Add(option);
        }

        // The action's token is cancelled by Ctrl+C or SIGTERM: the engine's processes are killed and the rollback stops.
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = VerifyAccountCommand.LoadTarget(parse.GetValue(root), parse.GetValue(stack)!);
            var apply = parse.GetValue(yes);
            var sha = apply ? DeployCommand.CommitOf(parse.GetValue(commit)) : parse.GetValue(commit) ?? Environment.GetEnvironmentVariable("GITHUB_SHA") ?? string.Empty;
            var request = new RollbackRequest(target, sha, parse.GetValue(to), apply);
            request.CheckTo(null);
            var repositoryRoot = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var services = DeployWiring.RollbackServices(repositoryRoot, target, parse.GetValue(engine)!, context.Output, context.Time);
            var outcome = await new RollbackDriver(services).RunAsync(request, cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine(outcome.Applied
                ? $"stack '{target.Stack}': rolled back; alarms quiet."
                : $"stack '{target.Stack}': rollback described above; nothing moved (pass --yes to roll back).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
