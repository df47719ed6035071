using System.CommandLine;
using Infra.Configuration;
using Infra.Deploy;
using Infra.Deploy.Aws;

namespace Infra.Cli.Commands;

/// <summary><c>infra verify-account --stack X</c>: the account guard on its own.</summary>
public static class VerifyAccountCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var stack = new Option<string>("--stack") { Description = "The stack whose account the AWS credentials must belong to.", Required = true };
        var root = new Option<string?>("--root") { Description = "The repository folder (default: the nearest folder upwards holding Pulumi.yaml)." };
        var command = new Command("verify-account", "Checks with STS, at the stack's region, that the AWS credentials belong to the stack's account (exit 3 if not).");
        command.Options.Add(stack);
        command.Options.Add(root);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = LoadTarget(parse.GetValue(root), parse.GetValue(stack)!);
            var verifier = new AccountVerifier(new StsAccountIdentity(new AwsCredentialSource(), target.Stack));
            var caller = await verifier.VerifyAsync(target, cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"stack '{target.Stack}': account {caller.Account} verified in {target.Region} ({caller.Arn}).");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Loads the stack's account and region from its config file.</summary>
    internal static StackTarget LoadTarget(string? explicitRoot, string stack)
    {
        var repositoryRoot = CliContext.FindRepositoryRoot(explicitRoot);
        // The whole project is loaded, not just this stack's file, so that every verb refuses the same bad config.
        return StackTarget.From(ProjectConfig.Load(repositoryRoot).Stack(stack));
    }
}
