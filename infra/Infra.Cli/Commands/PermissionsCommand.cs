using System.CommandLine;
using Infra.Configuration;
using Infra.Permissions;
using Infra.Rules;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra permissions add|parse|explain|sync</c>: grows a role's evidence ledger from AccessDenied errors, shows what
/// an error says, lists every grant with its evidence, and keeps the required grants equal to what the stacks need.
/// </summary>
public static class PermissionsCommand
{
    /// <summary>Builds the command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("permissions", "Grow and explain the IAM evidence ledgers (infra/Ledgers/<role>.yaml).");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(Parse(context));
        command.Subcommands.Add(Explain(context));
        command.Subcommands.Add(Sync(context));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var role = new Option<string>("--role") { Description = "The logical role whose ledger grows, e.g. github-deploy.", Required = true };
        var fromError = new Option<string?>("--from-error") { Description = "The error text, or - to read it from standard input." };
        var fromErrorFile = new Option<string?>("--from-error-file") { Description = "A file holding the error text or a whole CI log." };
        var source = new Option<string?>("--source") { Description = "Where the error was seen, e.g. the CI run URL." };
        var root = RootOption();
        var command = new Command("add", "Add the grants an AccessDenied error shows the role is missing, with the error as evidence.");
        foreach (var option in new Option[] { role, fromError, fromErrorFile, source, root })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var text = ReadInput(parse.GetValue(fromError), parse.GetValue(fromErrorFile), "--from-error", "--from-error-file");
            var repositoryRoot = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var config = ProjectConfig.Load(repositoryRoot);
            var catalogPath = Path.Combine(repositoryRoot, IamCatalog.RelativePath);
            var catalog = File.Exists(catalogPath) ? IamCatalog.Load(catalogPath) : null;
            var additions = LedgerGrowth.Add(repositoryRoot, config, parse.GetValue(role)!, text, DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime), parse.GetValue(source), catalog);
            var ledger = $"{EvidenceLedger.Folder}/{parse.GetValue(role)}.yaml";
            foreach (var addition in additions)
            {
                context.Output.WriteLine(addition.Added
                    ? $"added {addition.Grant.Action} on {addition.Grant.Resource} to {ledger}"
                    : $"already granted: {addition.Grant.Action} on {addition.Grant.Resource} in {ledger}");
            }

            context.Output.WriteLine($"Run 'infra synth' to regenerate the roles' policies under stacks/ (CI's 'synth --check' fails until then), review the diff (git diff {ledger} stacks/), commit both, and have an administrator apply the bootstrap root of each stack.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Parse(CliContext context)
    {
        var text = new Argument<string?>("text") { Description = "The error text, or - for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file") { Description = "A file holding the error text or a whole CI log." };
        var format = FormatOption("json");
        var command = new Command("parse", "Print the authorization failures found in an error or a log; changes nothing.");
        command.Arguments.Add(text);
        command.Options.Add(file);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var input = ReadInput(parse.GetValue(text), parse.GetValue(file), "<text>", "--file");
            var denials = AccessDeniedParser.Parse(input);
            context.Output.Write(parse.GetValue(format) == "json" ? PermissionsReport.DenialsAsJson(denials) : PermissionsReport.DenialsAsText(denials));
            if (denials.All(d => d.Reason is DenialReason.NotAuthorizationError))
            {
                context.Error.WriteLine($"infra: {(parse.GetValue(file) is { } path ? path : "the error text")}: no AccessDenied or 'is not authorized to perform' found: pass the error text or the CI log that shows the denial.");
                return ExitCodes.BadInput;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Explain(CliContext context)
    {
        var role = new Option<string>("--role") { Description = "The logical role, e.g. github-deploy.", Required = true };
        var format = FormatOption("markdown");
        var root = RootOption();
        var command = new Command("explain", "List every action a role is granted, with its resource, evidence and date.");
        command.Options.Add(role);
        command.Options.Add(format);
        command.Options.Add(root);
        command.SetAction(parse =>
        {
            var repositoryRoot = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var ledger = EvidenceLedger.Load(EvidenceLedger.PathFor(repositoryRoot, parse.GetValue(role)!));
            context.Output.Write(PermissionsReport.Explain(ledger, parse.GetValue(format) == "markdown"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Sync(CliContext context)
    {
        var prune = new Option<bool>("--prune") { Description = "Also remove required grants that no call of any stack needs any more (grants with observed evidence are never removed)." };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 when the ledgers are not in sync with the stacks." };
        var root = RootOption();
        var command = new Command("sync", "Write every grant the stacks require into the ledgers as 'required' evidence, update who requires each, and report (with --prune remove) the ones nothing requires.");
        command.Options.Add(prune);
        command.Options.Add(check);
        command.Options.Add(root);
        command.SetAction(parse =>
        {
            var repositoryRoot = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var changes = LedgerSyncRoles.PlanRepository(context.App, repositoryRoot, DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime));
            var checkOnly = parse.GetValue(check);
            var pruning = parse.GetValue(prune) && !checkOnly;
            context.Output.Write(PermissionsReport.SyncChanges(changes, checkOnly, pruning));
            if (changes.All(c => c.IsEmpty))
            {
                return ExitCodes.Ok;
            }

            if (checkOnly)
            {
                context.Error.WriteLine("infra: the ledgers are not in sync with the stacks: run 'infra permissions sync' (with --prune to remove stale grants), then 'infra synth', and commit the result.");
                return ExitCodes.CheckFailed;
            }

            LedgerSync.Apply(changes, pruning);
            if (changes.Any(c => c.Additions.Count > 0 || c.Updates.Count > 0 || (pruning && c.Prunable.Count > 0)))
            {
                context.Output.WriteLine("Run 'infra synth' to regenerate the roles' policies under stacks/, review the diff (git diff infra/Ledgers stacks/), commit both, and have an administrator apply the bootstrap root of each stack.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string?> RootOption() =>
        new("--root") { Description = "The repository folder (default: the nearest folder upwards holding Pulumi.yaml)." };

    private static Option<string> FormatOption(string other)
    {
        var option = new Option<string>("--format") { Description = $"text or {other}.", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", other);
        return option;
    }

    private static string ReadInput(string? text, string? file, string textName, string fileName)
    {
        if ((text is null) == (file is null))
        {
            throw new InfraException($"give the error with exactly one of {textName} <text> (or - for standard input) and {fileName} <path>.");
        }

        if (file is not null)
        {
            return File.Exists(file)
                ? File.ReadAllText(file)
                : throw new InfraException($"{file}: no such file ({fileName}): pass the path of a file holding the error or the CI log.");
        }

        return text == "-" ? Console.In.ReadToEnd() : text!;
    }
}
