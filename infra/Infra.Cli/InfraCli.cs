using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.InteropServices;
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
    /// <param name="cancellationToken">Cancels the verb as Ctrl+C (SIGINT) and SIGTERM do: exit 4, the verb's external step stopped.</param>
    public static int Run(IInfraApp app, string[] args, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken = default)
    {
        output = new CheckedTextWriter(output, "standard output");
        error = new CheckedTextWriter(error, "standard error");
        try
        {
            return Invoke(new CliContext(app, output, error, time), args, cancellationToken);
        }
        catch (InfraException e)
        {
            // A verb's error, or standard output refusing a write: standard error may still take the message.
            TryWrite(error, $"infra: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: the external step (a process, an AWS or GitHub call) was stopped, which is a failed
            // external step, not a crash.
            TryWrite(error, "infra: cancelled: the running external step was stopped with every process it started; nothing after it ran. Run the verb again.");
            return ExitCodes.ExternalFailure;
        }
    }

    /// <summary>The parse errors of a command line, without running it: how tests check the verbs scripts call.</summary>
    internal static IReadOnlyList<string> ParseErrors(IInfraApp app, string[] args) =>
        Root(new CliContext(app, TextWriter.Null, TextWriter.Null, TimeProvider.System)).Parse(args).Errors.Select(e => e.Message).ToList();

    private static int Invoke(CliContext context, string[] args, CancellationToken cancellationToken)
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

        // Ctrl+C and SIGTERM cancel the token every verb passes down to its processes and its AWS and GitHub calls. The
        // signals are handled here, not by System.CommandLine (no ProcessTerminationTimeout), which would end the process
        // with its own exit code 130 or 143 and no message; the cancelled verb then leaves as exit 4 (see Run).
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Interrupt(PosixSignalContext signal)
        {
            signal.Cancel = true;
            cancellation.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        var exit = parse.InvokeAsync(configuration, cancellation.Token).GetAwaiter().GetResult();
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
