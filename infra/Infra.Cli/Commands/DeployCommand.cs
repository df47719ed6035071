using System.CommandLine;
using Infra.Deploy;

namespace Infra.Cli.Commands;

/// <summary><c>infra deploy --stack X [--engine terraform|pulumi] [--plan-only] [--yes] --commit sha --artifact zip</c>.</summary>
public static class DeployCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var stack = new Option<string>("--stack") { Description = "The stack to deploy.", Required = true };
        var engine = new Option<string>("--engine") { Description = "terraform (default), tofu or pulumi.", DefaultValueFactory = _ => "terraform" };
        var planOnly = new Option<bool>("--plan-only") { Description = "Stop after the gate (the default without --yes)." };
        var yes = new Option<bool>("--yes") { Description = "Apply the saved plan once the gate passes (dev only; sit and prod change through promote)." };
        var commit = new Option<string>("--commit") { Description = "The commit being deployed (default: GITHUB_SHA)." };
        var artifact = new Option<string>("--artifact") { Description = "The Lambda package zip, built once per commit.", Required = true };
        var root = new Option<string?>("--root") { Description = "The repository folder." };
        var command = new Command("deploy", "Verify the account, refuse while frozen or stale, plan, gate, and with --yes apply that plan, shift alias live, smoke-test, record and notify.");
        foreach (var option in new Option[] { stack, engine, planOnly, yes, commit, artifact, root })
        {
            command.Options.Add(option);
        }

        // The action's token is cancelled by Ctrl+C or SIGTERM: the engine's processes are killed and the deploy stops.
        command.SetAction((parse, cancellationToken) =>
        {
            var repositoryRoot = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var target = VerifyAccountCommand.LoadTarget(repositoryRoot, parse.GetValue(stack)!);
            var request = new DeployRequest(target, CommitOf(parse.GetValue(commit)), Promotion.ArtifactSha256(parse.GetValue(artifact)!),
                WorkDirectory(repositoryRoot, target), parse.GetValue(yes) && !parse.GetValue(planOnly));
            return Task.FromResult(Run(context, repositoryRoot, request, parse.GetValue(engine)!, cancellationToken));
        });
        return command;
    }

    /// <summary>Runs the deploy sequence and prints its outcome.</summary>
    internal static int Run(CliContext context, string? root, DeployRequest request, string engine, CancellationToken cancellationToken)
    {
        var repositoryRoot = CliContext.FindRepositoryRoot(root);

        // Refused before the services are built: a usage error must not turn into a missing-token error.
        DeployDriver.CheckRequest(request);
        var services = DeployWiring.Services(context.App, repositoryRoot, request.Target, engine, context.Output, context.Time);
        var outcome = new DeployDriver(services).RunAsync(request, cancellationToken).GetAwaiter().GetResult();
        context.Output.WriteLine(outcome.Applied
            ? $"stack '{request.Target.Stack}': deployed {request.Commit} ({string.Join(", ", outcome.Versions.Select(v => $"{v.Key}={v.Value}"))})."
            : $"stack '{request.Target.Stack}': plan {request.PlanFile} passed the gate; not applied.");
        return ExitCodes.Ok;
    }

    /// <summary>The commit from the option or <c>GITHUB_SHA</c>; exit 2 without either.</summary>
    internal static string CommitOf(string? option) =>
        option ?? Environment.GetEnvironmentVariable("GITHUB_SHA")
        ?? throw new InfraException("--commit <sha> is required outside GitHub Actions (where GITHUB_SHA is used).", ExitCodes.BadInput);

    /// <summary>
    /// The folder for saved plans, <c>.build/plans/&lt;stack&gt;</c> under the repository root: the build folder git
    /// ignores, so a plan (which can hold resource values) is never committed, wherever infra is run from.
    /// </summary>
    internal static string WorkDirectory(string repositoryRoot, StackTarget target) => Path.Combine(repositoryRoot, ".build", "plans", target.Stack);
}
