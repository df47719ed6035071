using System.CommandLine;
using Infra.Deploy;
using Infra.Deploy.Aws;

namespace Infra.Cli.Commands;

/// <summary><c>infra freeze --stack X --reason "..."</c>: stop deploys and promotions to a stack.</summary>
public static class FreezeCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var stack = new Option<string>("--stack") { Description = "The stack to freeze.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why, printed to everyone who tries to deploy.", Required = true };
        var root = new Option<string?>("--root") { Description = "The repository folder." };
        var command = new Command("freeze", "Freeze a stack (an SSM parameter in its account): deploy and promote refuse until 'infra unfreeze'.");
        command.Options.Add(stack);
        command.Options.Add(reason);
        command.Options.Add(root);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = VerifyAccountCommand.LoadTarget(parse.GetValue(root), parse.GetValue(stack)!);
            await DeployWiring.Freeze(context.App, CliContext.FindRepositoryRoot(parse.GetValue(root)), target, context.Output, context.Time).FreezeAsync(target, parse.GetValue(reason)!, cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"stack '{target.Stack}' frozen ({IDeployFreeze.ParameterName(target)}).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
