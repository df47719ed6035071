using System.CommandLine;
using System.CommandLine.Parsing;
using Infra.Cli.Commands;
using Infra.Model;

namespace Infra.Cli;

/// <summary>
/// The <c>infra</c> command line: one verb per command class under <c>Commands/</c>. Every error a user can fix
/// arrives as an <see cref="InfraException"/> and leaves with its exit code and one message; nothing else is caught
/// silently.
/// </summary>
public static class InfraCli
{
    /// <summary>Parses and runs one command line against <paramref name="app"/>; returns the exit code.</summary>
    /// <param name="app">The program the verbs synthesize, check and deploy.</param>
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="time">The clock every verb reads (today's date, signing times, waits).</param>
    public static int Run(IInfraApp app, string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        output = new CheckedTextWriter(output, "standard output");
        error = new CheckedTextWriter(error, "standard error");
        try
        {
            return Invoke(new CliContext(app, output, error, time), args);
        }
        catch (InfraException e)
        {
            // A verb's error, or standard output refusing a write: standard error may still take the message.
            TryWrite(error, $"infra: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: the external step was killed, which is a failed external step, not a crash.
            TryWrite(error, "infra: cancelled: the running external step was stopped with every process it started; nothing after it ran. Run the verb again.");
            return ExitCodes.ExternalFailure;
        }
    }

    /// <summary>The parse errors of a command line, without running it: how tests check the verbs scripts call.</summary>
    internal static IReadOnlyList<string> ParseErrors(IInfraApp app, string[] args) =>
        Root(new CliContext(app, TextWriter.Null, TextWriter.Null, TimeProvider.System)).Parse(args).Errors.Select(e => e.Message).ToList();

    private static int Invoke(CliContext context, string[] args)
    {
        var (output, error) = (context.Output, context.Error);
        var parse = Root(context).Parse(args);
        if (parse.Errors.Count > 0)
        {
            var usage = HelpCommandOf(parse.CommandResult);
            foreach (var e in parse.Errors)
            {
                TryWrite(error, $"infra: {e.Message} (run '{usage}' for usage)");
            }

            return ExitCodes.BadInput;
        }

        // Invoked asynchronously so that Ctrl+C and SIGTERM cancel the token the deploy verbs pass down to their processes.
        var exit = parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }).GetAwaiter().GetResult();
        output.Flush();
        return exit;
    }

    // A closed standard error leaves the exit code as the only report.
    private static void TryWrite(TextWriter error, string line)
    {
        try
        {
            error.WriteLine(line);
        }
        catch (InfraException)
        {
        }
    }

    // The help of the deepest verb the parser recognised: an unknown verb has no help of its own, so it gets the root's.
    private static string HelpCommandOf(CommandResult recognised)
    {
        var verbs = new List<string>();
        for (var result = recognised; result.Command is not RootCommand; result = (CommandResult)result.Parent!)
        {
            verbs.Insert(0, result.Command.Name);
        }

        return string.Join(' ', ["infra", .. verbs, "--help"]);
    }

    private static RootCommand Root(CliContext context)
    {
        var root = new RootCommand("infra: synthesizes, previews, checks and deploys the platform's stacks.");
        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> Commands(CliContext context) =>
    [
        SynthCommand.Create(context),
        CheckCommand.Create(context),
        PreviewCommand.Create(context),
        GateCommand.Create(context),
        VerifyAccountCommand.Create(context),
        DeployCommand.Create(context),
        PromoteCommand.Create(context),
        PlanCommand.Create(context),
        FreezeCommand.Create(context),
        UnfreezeCommand.Create(context),
        RollbackCommand.Create(context),
        DeploymentsCommand.Create(context),
        PermissionsCommand.Create(context),
        ArtifactsCommand.Create(context),
    ];
}
