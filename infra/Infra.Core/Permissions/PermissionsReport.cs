using System.Globalization;
using System.Text;
using System.Text.Json;

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
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var d in denials)
            {
                writer.WriteStartObject();
                writer.WriteStartArray("actions");
                foreach (var action in d.Actions)
                {
                    writer.WriteStringValue(action);
                }

                writer.WriteEndArray();
                writer.WriteString("encodedMessage", d.EncodedMessage);
                writer.WriteBoolean("explicitDeny", d.ExplicitDeny);
                writer.WriteString("operation", d.Operation);
                writer.WriteString("policy", d.PolicyArn);
                writer.WriteString("principal", d.Principal);
                writer.WriteString("reason", d.ReasonName);
                writer.WriteString("resource", d.Resource);
                writer.WriteString("text", d.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Every grant of a ledger as a table: action, resource, date, evidence (text columns, or a Markdown table).</summary>
    public static string Explain(EvidenceLedger ledger, bool markdown)
    {
        var rows = ledger.Grants.Select(g => new[]
        {
            g.Action, g.Resource, g.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)",
            (string.IsNullOrWhiteSpace(g.Evidence) ? "(no evidence)" : g.Evidence) + (g.Source is null ? string.Empty : $" ({g.Source})"),
        }).ToList();
        string[] header = ["Action", "Resource", "Date", "Evidence"];
        var builder = new StringBuilder();
        if (markdown)
        {
            builder.Append(CultureInfo.InvariantCulture, $"### Role `{ledger.Role}`: {ledger.Grants.Count} grants\n\n");
            builder.Append("| Action | Resource | Date | Evidence |\n|---|---|---|---|\n");
            foreach (var row in rows)
            {
                builder.Append(CultureInfo.InvariantCulture, $"| `{row[0]}` | `{Cell(row[1])}` | {row[2]} | {Cell(row[3])} |\n");
            }

            return builder.ToString();
        }

        builder.Append(CultureInfo.InvariantCulture, $"Role {ledger.Role} ({ledger.DisplayName}): {ledger.Grants.Count} grants\n");
        var widths = Enumerable.Range(0, 3).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            builder.Append(row[0].PadRight(widths[0])).Append("  ").Append(row[1].PadRight(widths[1])).Append("  ").Append(row[2].PadRight(widths[2])).Append("  ").Append(OneLine(row[3])).Append('\n');
        }

        return builder.ToString();
    }

    private static string Cell(string value) => OneLine(value).Replace("|", "\\|", StringComparison.Ordinal);

    private static string OneLine(string value) => value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
