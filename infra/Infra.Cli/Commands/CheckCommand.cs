using System.CommandLine;
using Infra.Checks;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra check</c>: runs the policy pack and the secret scan without writing anything; exit 1 on an unsuppressed
/// error. <c>--format sarif</c> is for GitHub code scanning; <c>--suppressions</c> lists every suppression and its expiry.
/// </summary>
public static class CheckCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliContext context)
    {
        var stack = CommonOptions.Stack(required: false);
        var root = CommonOptions.Root();
        var format = new Option<string>("--format") { Description = "text (default), json, or sarif (SARIF 2.1.0 for code scanning).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var suppressions = new Option<bool>("--suppressions") { Description = "List every suppression with its reason and expiry (expired ones fail the check)." };
        var command = new Command("check", "Run the policy pack and scan the tracked files for secrets; writes nothing.") { stack, root, format, suppressions };
        command.SetAction(parse =>
        {
            var repository = CliContext.FindRepositoryRoot(parse.GetValue(root));
            var report = PolicyCheck.Run(context.App, repository, parse.GetValue(stack), context.Time);
            var expired = report.Suppressions.Where(s => s.Expired).ToList();
            switch (parse.GetValue(format))
            {
                case "sarif":
                    context.Output.Write(SarifWriter.Write(report));
                    break;
                case "json":
                    context.Output.Write(SarifWriter.WriteJson(report));
                    break;
                default:
                    foreach (var finding in report.Findings)
                    {
                        (finding.IsBlocking ? context.Error : context.Output).WriteLine(finding);
                    }

                    if (parse.GetValue(suppressions))
                    {
                        context.Output.WriteLine($"suppressions ({report.Suppressions.Count}):");
                        foreach (var entry in report.Suppressions)
                        {
                            context.Output.WriteLine($"  {entry}");
                        }
                    }

                    break;
            }

            foreach (var entry in expired)
            {
                context.Error.WriteLine($"infra: suppression expired: {entry}: fix the finding, or renew the suppression with a reason and a new date.");
            }

            var blocking = report.Findings.Count(f => f.IsBlocking);
            if (blocking > 0 || expired.Count > 0)
            {
                context.Error.WriteLine($"infra: check failed: {blocking} unsuppressed error(s), {expired.Count} expired suppression(s). Fix each file or resource named, or suppress a finding with a reason.");
                return ExitCodes.CheckFailed;
            }

            if (parse.GetValue(format) == "text")
            {
                context.Output.WriteLine($"check: {report.Findings.Count} finding(s), none blocking ({report.Findings.Count(f => f.SuppressedBecause is not null)} accepted by suppressions); {report.Suppressions.Count} suppression(s).");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
