using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Permissions;

/// <summary>The printed forms of denials and ledgers: text for people, JSON for scripts, Markdown for pull requests.</summary>
public static class PermissionsReport
{
    /// <summary>The denials as text, one block per denial.</summary>
    public static string DenialsAsText(IReadOnlyList<AccessDenial> denials)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < denials.Count; i++)
        {
            var d = denials[i];
            builder.Append(CultureInfo.InvariantCulture, $"denial {i + 1}: {d.ReasonName}\n");
            builder.Append(CultureInfo.InvariantCulture, $"  principal: {d.Principal ?? "(not named)"}\n");
            builder.Append(CultureInfo.InvariantCulture, $"  actions:   {(d.Actions.Count == 0 ? "(none named)" : string.Join(", ", d.Actions))}\n");
            builder.Append(CultureInfo.InvariantCulture, $"  resource:  {d.Resource ?? "(none)"}\n");
            if (d.Operation is not null)
            {
                builder.Append(CultureInfo.InvariantCulture, $"  operation: {d.Operation}\n");
            }

            if (d.PolicyArn is not null)
            {
                builder.Append(CultureInfo.InvariantCulture, $"  policy:    {d.PolicyArn}\n");
            }

            builder.Append(CultureInfo.InvariantCulture, $"  fix:       {DenialAdvice.WhyNotAGrant(d) ?? "a grant on the role: infra permissions add --role <logical-role> --from-error ..."}\n");
        }

        return builder.ToString();
    }

    /// <summary>The denials as a JSON array (fields: actions, encodedMessage, explicitDeny, operation, policy, principal, reason, resource, text; sorted).</summary>
    public static string DenialsAsJson(IReadOnlyList<AccessDenial> denials)
    {
        var array = new JArray(denials.Select(d => new JObject
        {
            ["actions"] = new JArray(d.Actions),
            ["encodedMessage"] = d.EncodedMessage,
            ["explicitDeny"] = d.ExplicitDeny,
            ["operation"] = d.Operation,
            ["policy"] = d.PolicyArn,
            ["principal"] = d.Principal,
            ["reason"] = d.ReasonName,
            ["resource"] = d.Resource,
            ["text"] = d.Text,
        }));
        return array.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>
    /// Every grant of a ledger as a table: action, resource, date, kind (<c>observed</c>, <c>required</c> or both) and
    /// origin (the observed evidence and its source; the calls that require it with their requirement-table entries),
    /// as text columns or a Markdown table.
    /// </summary>
    public static string Explain(EvidenceLedger ledger, bool markdown)
    {
        var rows = ledger.Grants.Select(g => new[]
        {
            g.Action, g.Resource, g.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)", KindOf(g), OriginOf(g),
        }).ToList();
        string[] header = ["Action", "Resource", "Date", "Kind", "Origin"];
        var builder = new StringBuilder();
        if (markdown)
        {
            builder.Append(CultureInfo.InvariantCulture, $"### Role `{ledger.Role}`: {ledger.Grants.Count} grants\n\n");
            builder.Append("| Action | Resource | Date | Kind | Origin |\n|---|---|---|---|---|\n");
            foreach (var row in rows)
            {
                builder.Append(CultureInfo.InvariantCulture, $"| `{row[0]}` | `{Cell(row[1])}` | {row[2]} | {row[3]} | {Cell(row[4])} |\n");
            }

            return builder.ToString();
        }

        builder.Append(CultureInfo.InvariantCulture, $"Role {ledger.Role} ({ledger.DisplayName}): {ledger.Grants.Count} grants\n");
        var widths = Enumerable.Range(0, 4).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            for (var i = 0; i < 4; i++)
            {
                builder.Append(row[i].PadRight(widths[i])).Append("  ");
            }

            builder.Append(OneLine(row[4])).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// What <c>infra permissions sync</c> found, one line per change, each naming the ledger and (for an existing grant)
    /// its line; "in sync" when there is nothing to do. <paramref name="checkOnly"/> words it as what would change,
    /// <paramref name="pruning"/> as stale grants removed rather than reported.
    /// </summary>
    public static string SyncChanges(IReadOnlyList<LedgerChanges> changes, bool checkOnly, bool pruning)
    {
        var builder = new StringBuilder();
        foreach (var change in changes)
        {
            var file = change.Ledger.DisplayName;
            foreach (var grant in change.Additions)
            {
                builder.Append(CultureInfo.InvariantCulture, $"{file}: {(checkOnly ? "missing" : "added")} {Describe(grant)}, required by {Requirers(grant.Required!)}\n");
            }

            foreach (var update in change.Updates)
            {
                if (update.Required.Count == 0)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"{file}:{update.Grant.Line}: no call of any stack requires {Describe(update.Grant)} any more: {(checkOnly ? "its required list is stale" : "dropped its required list")}; its observed evidence keeps it (delete it by hand if that no longer holds)\n");
                    continue;
                }

                builder.Append(CultureInfo.InvariantCulture, $"{file}:{update.Grant.Line}: {(checkOnly ? "outdated" : "updated")} the calls requiring {Describe(update.Grant)}: now {Requirers(update.Required)}\n");
            }

            foreach (var grant in change.Stale)
            {
                var what = checkOnly ? "stale"
                    : pruning ? "removed" : "stale: run with --prune to remove it";
                builder.Append(CultureInfo.InvariantCulture, $"{file}:{grant.Line}: no call of any stack requires {Describe(grant)} any more: {what}\n");
            }
        }

        if (builder.Length == 0)
        {
            builder.Append("The ledgers are in sync with the stacks: nothing to do.\n");
        }

        return builder.ToString();
    }

    private static string Describe(LedgerGrant grant) =>
        $"{grant.Action} on {grant.Resource}" + (grant.PassedToService is { } service ? $" (passed to {service})" : string.Empty);

    private static string Requirers(IReadOnlyList<GrantRequirer> required)
    {
        const int Shown = 3;
        return string.Join(", ", required.Take(Shown).Select(r => r.By)) + (required.Count > Shown ? $" and {required.Count - Shown} more" : string.Empty);
    }

    private static string KindOf(LedgerGrant grant) =>
        grant.IsObserved && grant.IsRequired ? "observed+required" : grant.IsRequired ? "required" : "observed";

    private static string OriginOf(LedgerGrant grant)
    {
        var parts = new List<string>();
        if (grant.IsObserved || !grant.IsRequired)
        {
            parts.Add((grant.IsObserved ? grant.Evidence : "(no evidence)") + (grant.Source is null ? string.Empty : $" ({grant.Source})"));
        }

        if (grant.IsRequired)
        {
            parts.Add("required by " + string.Join("; ", grant.Required!.Select(r => $"{r.By} from {r.From}")));
        }

        return string.Join(" | ", parts);
    }

    private static string Cell(string value) => OneLine(value).Replace("|", "\\|", StringComparison.Ordinal);

    private static string OneLine(string value) => value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
