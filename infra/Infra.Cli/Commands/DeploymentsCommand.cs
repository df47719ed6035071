using System.CommandLine;
using System.Globalization;
using Infra.Deploy.GitHub;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Cli.Commands;

/// <summary><c>infra deployments --stack X [--count N] [--format text|json]</c>: the recent deploys and rollbacks from the records.</summary>
public static class DeploymentsCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var stack = new Option<string>("--stack") { Description = "The stack whose deployments are listed.", Required = true };
        var count = new Option<int>("--count") { Description = "How many, newest first (1-100).", DefaultValueFactory = _ => 10 };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var root = CommonOptions.Root();
        var command = new Command("deployments", "List the stack's recent deployments and rollbacks recorded by infra (version, commit, artifact hash, time, result).");
        foreach (var option in new Option[] { stack, count, format, root })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = VerifyAccountCommand.LoadTarget(parse.GetValue(root), parse.GetValue(stack)!);
            var n = parse.GetValue(count);
            if (n is < 1 or > 100)
            {
                throw new InfraException($"--count {n}: give a number from 1 to 100.", ExitCodes.BadInput);
            }

            var records = await OctokitDeploymentRecords.FromEnvironment().ListAsync(target.Stack, n, cancellationToken).ConfigureAwait(false);
            context.Output.Write(parse.GetValue(format) == "json" ? Json(records) : Text(target.Stack, records));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One line per record, newest first.</summary>
    internal static string Text(string stack, IReadOnlyList<DeploymentRecord> records)
    {
        if (records.Count == 0)
        {
            return $"stack '{stack}': no deployments recorded by infra.\n";
        }

        var lines = records.Select(r => new[]
        {
            r.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture),
            r.Kind,
            r.State,
            Short(r.Commit),
            r.ArtifactSha256.Length == 0 ? "-" : Short(r.ArtifactSha256),
            r.Versions.Count == 0 ? "-" : string.Join(",", r.Versions.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}")),
        }).Prepend(["TIME", "KIND", "RESULT", "COMMIT", "ARTIFACT", "VERSIONS"]).ToList();
        var widths = Enumerable.Range(0, 5).Select(i => lines.Max(l => l[i].Length)).ToList();
        return string.Concat(lines.Select(l => string.Join("  ", l.Take(5).Select((c, i) => c.PadRight(widths[i]))) + "  " + l[5] + "\n"));
    }

    /// <summary>The records as a JSON array, for scripts.</summary>
    internal static string Json(IReadOnlyList<DeploymentRecord> records) =>
        new JArray(records.Select(r => new JObject
        {
            ["artifactSha256"] = r.ArtifactSha256,
            ["commit"] = r.Commit,
            ["createdAt"] = r.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["id"] = r.Id,
            ["kind"] = r.Kind,
            ["result"] = r.State,
            ["stack"] = r.Environment,
            ["versions"] = new JObject(r.Versions.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => new JProperty(v.Key, v.Value))),
        })).ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static string Short(string hex) => hex.Length > 12 ? hex[..12] : hex;
}
