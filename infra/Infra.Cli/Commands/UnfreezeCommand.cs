using System.CommandLine;
using Infra.Deploy;

namespace Infra.Cli.Commands;

/// <summary><c>infra unfreeze --stack X</c>: lift a freeze.</summary>
public static class UnfreezeCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var stack = new Option<string>("--stack") { Description = "The stack to unfreeze.", Required = true };
        var root = new Option<string?>("--root") { Description = "The repository folder." };
        var command = new Command("unfreeze", "Lift a stack's deploy freeze.");
        command.Options.Add(stack);
        command.Options.Add(root);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = VerifyAccountCommand.LoadTarget(parse.GetValue(root), parse.GetValue(stack)!);
            await DeployWiring.Freeze(context.App, CliContext.FindRepositoryRoot(parse.GetValue(root)), target, context.Output, context.Time).UnfreezeAsync(target, cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"stack '{target.Stack}' unfrozen.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
